-- expect: error: escape_debug.lua:2: attempt to index a nil value (global 'debug')
local reg = debug.getregistry()
return pass(tostring(reg))
