-- expect: error: attempt to index a nil value (global 'package')
-- package.loaded would hand out io and os if it were reachable
local io = package.loaded.io
return pass(io and "escaped")
