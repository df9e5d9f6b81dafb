-- parked: 100,000 coroutines suspended, then all resumed.
local n = 100000
local cos, counts = {}, {}
for i = 1, n do
  cos[i] = coroutine.create(function() coroutine.yield(); counts[i] = 1 end)
  coroutine.resume(cos[i])
end
for i = 1, n do coroutine.resume(cos[i]) end
local s = 0
for i = 1, n do s = s + counts[i] end
print(s)
