-- expect: error: memory cap exhausted
local s = string.rep("x", 1 << 30)
return pass(#s)
