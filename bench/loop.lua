-- loop: a tight counted loop (see loop.go).
local s = 0
for i = 0, 50000000 - 1 do
  s = s + (i & 7)
end
print(s)
