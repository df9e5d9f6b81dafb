-- Grader: no deadlock, every order printed exactly once.
local want = { "processed-3", "processed-4", "processed-7", "processed-9" }

for _, seed in ipairs{1, 2, 3, 8} do
  local r = lab.run{ seed = seed }
  if r.status == "deadlock" then
    fail("the program deadlocks (seed " .. seed .. "): " .. lab.explain(r) ..
         "\nAn unbuffered send waits until someone receives. Who receives while main is sending?")
  end
  expect(r.status == "exit" and r.exit_code == 0,
    "main should return normally, got " .. r.status .. "\n" .. r.stderr)
  local got = {}
  for line in r.stdout:gmatch("processed%-%d+") do got[#got + 1] = line end
  table.sort(got)
  expect(#got == 4 and table.concat(got, ",") == table.concat(want, ","),
    "expected each of the four orders once (" .. table.concat(want, ", ") ..
    "), got: " .. (#got > 0 and table.concat(got, ", ") or "none") ..
    ". Dropping a result when nobody is ready loses the order.")
  expect(r.stdout:find("all orders processed", 1, true), "missing `all orders processed`")
  expect(#r.leaked == 0, lab.explain(r.leaked))
end
return pass("Every send has a receiver ready: all four orders are processed.")
