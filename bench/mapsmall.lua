-- mapsmall: 200,000 small tables of 8 hash keys each (see mapsmall.go).
local total = 0
for i = 0, 199999 do
  local m = {}
  for j = 0, 7 do
    m[j * 7919 + i] = j
  end
  for j = 0, 7 do
    total = total + m[j * 7919 + i]
  end
  for _, v in pairs(m) do
    total = total + v
  end
end
print(total)
