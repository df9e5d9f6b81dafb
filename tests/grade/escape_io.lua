-- expect: error: escape_io.lua:2: attempt to index a nil value (global 'io')
local f = io.open("/etc/passwd")
return pass(f:read("a"))
