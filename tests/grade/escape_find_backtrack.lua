-- expect: error: time limit exhausted (800 ms)
-- A backtracking pattern over a long subject runs inside one C call of
-- string.find, where the count hook never fires; the watchdog ends it.
local s = string.rep("a", 1 << 20)
string.find(s, "(.-)x")
return pass("never")
