-- spawn: 1,000,000 coroutines created and run to completion.
local n = 1000000
local total = 0
for i = 0, n - 1 do
  local co = coroutine.create(function(v) total = total + (v & 3) end)
  coroutine.resume(co, i)
end
print(total)
