-- Grader: the full count on every schedule; no deadlock, no leak.
local function check(r)
  if r.status == "deadlock" then
    return false, "wg.Wait() never returns: the counter never gets back to zero. " ..
      "Is every Add matched by a Done on the same WaitGroup (not a copy)?\n" .. lab.explain(r)
  end
  if r.status ~= "exit" then return false, "main should return normally, got " .. r.status .. "\n" .. r.stderr end
  if not r.stdout:find("indexed 8 of 8 documents", 1, true) then
    return false, "expected `indexed 8 of 8 documents`, got `" .. r.stdout:gsub("\n$", "") ..
      "`: wg.Wait() returned before every worker had registered with wg.Add."
  end
  if #r.leaked > 0 then return false, lab.explain(r.leaked) end
  return true
end

for _, seed in ipairs{1, 2, 3, 4, 5} do
  local ok, why = check(lab.run{ seed = seed })
  expect(ok, why and ("seed " .. seed .. ": " .. why))
end
-- Schedules where main runs ahead of the workers.
local all = lab.explore{ runs = 20, mode = "pct", check = check }
expect(all.failed == 0, all.first_failure)
return pass("Every wg.Add happens before wg.Wait: main sees all eight documents.")
