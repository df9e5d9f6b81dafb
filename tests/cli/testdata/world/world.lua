-- tests/cli/world_private.sh: passes a program that runs to the end, with
-- what it printed; says why a program does not compile.
local r = lab.run{ args = { "corner" } }
if r.status == "compile_error" then fail("the program does not compile:\n" .. r.stderr) end
expect(r.status == "exit", "main should return normally: " .. lab.explain(r))
expect(r.stdout:find("open corner", 1, true), "main should open the shop")
return pass(r.stdout)
