-- Grader: the settlers must all exit; the payments must all settle.
local function leaks(r)
  return r.leaked and #r.leaked or 0
end

for _, seed in ipairs{1, 2, 3, 7, 11} do
  local r = lab.run{ seed = seed }
  expect(r.status == "exit",
    "main should return normally (seed " .. seed .. "), got " .. tostring(r.status) ..
    (r.stderr and ("\n" .. r.stderr) or ""))
  expect(r.stdout:find("settled 12 payments, total 6300", 1, true),
    "expected `settled 12 payments, total 6300`, got:\n" .. r.stdout)
  if leaks(r) > 0 then
    fail(string.format(
      "%d goroutine(s) are still blocked receiving from `results` when main returns " ..
      "(seed %d): who closes it?\n%s", leaks(r), seed, lab.explain(r.leaked)))
  end
end

local all = lab.explore{ runs = 20 }
expect(all.failed == 0, all.first_failure)
return pass("The sender closes `results`; every range ends and no settler outlives main.")
