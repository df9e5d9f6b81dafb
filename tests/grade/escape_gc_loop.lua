-- expect: error: escape_gc_loop.lua:3: setmetatable: __gc metamethods are not allowed in a grader
-- Lua runs finalizers with hooks off: a looping __gc would escape the budget
setmetatable({}, { __gc = function() while true do end end })
return pass("finalizer armed")
