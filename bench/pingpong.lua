-- pingpong: 2,000,000 resume/yield round trips with a coroutine (the floor
-- of an interpreter's switch, as in the Go version's two hand-offs).
local n = 2000000
local co = coroutine.wrap(function(v)
  while true do v = coroutine.yield(v + 1) end
end)
local s = 0
for i = 0, n - 1 do s = s + co(i) end
print(s)
