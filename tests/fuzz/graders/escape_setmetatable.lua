-- expect: error: bad argument #1 to 'setmetatable' (table expected, got string)
setmetatable("", { __index = function() return 1 end })
return pass("set a string metatable")
