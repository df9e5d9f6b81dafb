-- expect: error: memory cap exhausted
-- pcall cannot swallow the memory cap either
local keep = {}
for i = 1, 1e9 do
  pcall(function() keep[#keep + 1] = string.rep("y", 4096) .. i end)
end
return pass("never")
