-- expect: error: memory cap exhausted
local s = string.rep("x", 1 << 40)
return pass(#s)
