-- Grader: the exact total across seeds, and no race reports.
local lost = {}
for _, seed in ipairs{1, 2, 3, 4, 5} do
  local r = lab.run{ seed = seed }
  expect(r.status == "exit", "main should return normally (seed " .. seed .. "), got " .. r.status .. "\n" .. r.stderr)
  local v = tonumber(r.stdout:match("views: (%-?%d+)"))
  expect(v, "expected a line `views: N`, got:\n" .. r.stdout)
  if v ~= 48000 then lost[#lost + 1] = string.format("seed %d: %d", seed, v) end
end
if #lost > 0 then
  fail("views should be 48000 on every run; updates were lost (" .. table.concat(lost, ", ") ..
       "). Two goroutines read the same old value and one write overwrites the other.")
end
local r = lab.run{ seed = 1, race = true }
if #r.races > 0 then
  fail(#r.races .. " data race(s) on shared memory, even if this run's total came out right:\n" ..
       lab.explain(r.races))
end
expect(r.status == "exit", "with --race, main should return normally, got " .. r.status .. "\n" .. r.stderr)
return pass("Every update of views is ordered: no lost updates, no data race.")
