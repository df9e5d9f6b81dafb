-- map: hash table with 1,000,000 scattered integer keys (see map.go).
-- Keys are multiples of 7919 so they live in the hash part, not the array part.
local n = 1000000
local m, count = {}, 0
for i = 0, n - 1 do
  m[i * 7919] = i
  count = count + 1   -- Lua has no O(1) size for the hash part; keys are distinct
end
local s, miss = 0, 0
for i = 0, n - 1 do
  s = s + (m[i * 7919] or 0)
  if m[i * 7919 + 1] == nil then
    miss = miss + 1
  end
end
print(count .. " " .. s .. " " .. miss)
