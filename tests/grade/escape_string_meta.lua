-- expect: error: escape_string_meta.lua:4: attempt to index a boolean value
-- the string metatable is hidden: no patching string methods
local mt = getmetatable("")
mt.__index = { len = function() return 0 end }
return pass("patched strings")
