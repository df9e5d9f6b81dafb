-- expect: error: attempt to load a binary chunk
-- a precompiled chunk (the header of one is enough): load must refuse it
local f, err = load("\27LuaT\0\25\147\r\n\26\n\4\8\8", "=bin")
if f then return pass("binary chunk loaded") end
error(err, 0)
