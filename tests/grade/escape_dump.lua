-- expect: error: escape_dump.lua:3: attempt to call a nil value (field 'dump')
-- string.dump + load would be the classic way to forge bytecode
local code = string.dump(function() return 1 end)
return pass(tostring(load(code, "x", "b")))
