-- expect: error: attempt to index a nil value (global 'coroutine')
local co = coroutine.create(function() end)
return pass(tostring(co))
