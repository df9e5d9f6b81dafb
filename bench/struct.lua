-- struct: method calls on an object (table with a metatable) 10,000,000
-- times (see struct.go).
local Point = {}
Point.__index = Point

function Point.new()
  return setmetatable({ X = 0, Y = 0 }, Point)
end

function Point:Move(dx, dy)
  self.X = self.X + dx
  self.Y = self.Y + dy
end

function Point:Dist()
  return self.X + self.Y
end

local p = Point.new()
local s = 0
for i = 0, 10000000 - 1 do
  p:Move(i & 1, i & 3)
  s = s + (p:Dist() & 15)
end
print(p.X .. " " .. p.Y .. " " .. s)
