-- expect: error: escape_load_mode.lua:2: load: binary chunks are not allowed in a grader
local f = load("\27LuaT", "=bin", "b")
return pass(tostring(f))
