-- expect: error: escape_require.lua:2: attempt to call a nil value (global 'require')
local os = require("os")
return pass(os.getenv("HOME"))
