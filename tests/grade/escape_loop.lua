-- expect: error: grader escape_loop.lua:2: instruction budget exhausted (2000000)
while true do end
return pass("never")
