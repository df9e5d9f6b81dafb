local r = lab.run{seed = 2, race = true, args = {"a", "b"}, limits = {steps = 100000, time = "1s"}}
expect(r.status == "exit", lab.explain(r))
local e = lab.events(r, {kind = "go_create"})
expect(#e >= 2, "workers start")
local all = lab.explore{runs = 3, mode = "pct", check = function(x) return x.exit_code == 0, "bad" end}
lab.check("explored", all.failed == 0, all.first_failure)
print(lab.source and #lab.files, lab.lesson.id, lab.max_alive(r))
local ok, err = pcall(string.find, string.rep("ab", 100), "(.-)x")
return pass(string.format("ok %s %q", tostring(ok), tostring(err)))
