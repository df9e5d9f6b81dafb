-- slice: grow an array-like table to 1,000,000 elements, then sum it
-- (see slice.go).
local a, n = {}, 0
for i = 0, 1000000 - 1 do
  n = n + 1
  a[n] = i % 1000
end
local s = 0
for i = 1, n do
  s = s + a[i]
end
print(n .. " " .. s)
