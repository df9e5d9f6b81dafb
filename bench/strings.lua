-- strings: the same text as strings.go, built the idiomatic Lua way:
-- one short concatenation per iteration collected in a table, joined once
-- with table.concat, then hashed byte by byte with string.byte.
local words = { "alpha", "beta", "gamma", "delta" }
local parts = {}
for i = 0, 1000000 - 1 do
  parts[i + 1] = words[i % 4 + 1] .. ","
end
local s = table.concat(parts)
local h = 0
local byte = string.byte
for i = 1, #s do
  h = (h * 31 + byte(s, i)) & 0xffffff
end
print(#s .. " " .. h)
