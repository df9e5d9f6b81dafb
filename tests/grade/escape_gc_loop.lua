-- expect: pass: finalizers get no budget
-- a finalizer that loops forever must not hang lua_close
setmetatable({}, { __gc = function() while true do end end })
return pass("finalizers get no budget")
