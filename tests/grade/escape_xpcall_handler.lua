-- expect: error: time limit exhausted (800 ms)
-- Lua runs xpcall's message handler with hooks off when the error came from
-- the count hook: a looping handler is invisible to the instruction budget;
-- the watchdog around the grading child ends it.
xpcall(function() while true do end end, function() while true do end end)
return pass("never")
