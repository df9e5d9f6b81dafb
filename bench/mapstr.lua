-- mapstr: a table of 200,000 string keys (see mapstr.go).
local n = 200000
local keys, miss = {}, {}
for i = 0, n - 1 do
  keys[i] = "k" .. (i * 7919)
  miss[i] = "m" .. (i * 7919)
end
local m, count = {}, 0
for i = 0, n - 1 do
  m[keys[i]] = i
  count = count + 1
end
local s, nm = 0, 0
for r = 1, 5 do
  for i = 0, n - 1 do
    s = s + (m[keys[i]] or 0)
    if m[miss[i]] == nil then nm = nm + 1 end
  end
end
print(count .. " " .. s .. " " .. nm)
