-- closure: call a closure that captures a counter 10,000,000 times
-- (see closure.go).
local function counter()
  local c = 0
  return function(d)
    c = c + d
    return c
  end
end

local next_ = counter()
local s = 0
for i = 0, 10000000 - 1 do
  s = next_(i & 3)
end
print(s)
