-- expect: error: instruction budget exhausted (2000000)
-- Lua runs xpcall's message handler with hooks off when the error came from
-- the count hook: the sandbox's xpcall skips the handler once a limit has
-- tripped, so a looping handler cannot escape the budget.
xpcall(function() while true do end end, function() while true do end end)
return pass("never")
