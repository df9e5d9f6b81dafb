-- Grader (Go 1.22 semantics): same output, and the timer channels do not
-- pile up: each time.After leaves a channel with an armed timer behind.
local function timer_chans(r)
  local n = 0
  for _, c in ipairs(r.channels or {}) do
    if (c.type or ""):find("Time", 1, true) or (c.path or ""):find("time", 1, true) then
      n = n + 1
    end
  end
  return n, #(r.channels or {})
end

for _, seed in ipairs{1, 3} do
  local r = lab.run{ seed = seed }
  expect(r.status == "exit", "main should return normally (seed " .. seed .. "), got " .. r.status .. "\n" .. r.stderr)
  for _, line in ipairs{"flush: sum 4500", "flush: sum 9000", "total 13500"} do
    expect(r.stdout:find(line, 1, true), "missing `" .. line .. "` in the output:\n" .. r.stdout)
  end
  expect(#r.leaked == 0, lab.explain(r.leaked))
  local timers, total = timer_chans(r)
  if total > 20 then
    fail(string.format("%d channels are still alive at the end (%d of them timer channels): " ..
      "every pass of the select made a new `time.After` timer that waits a minute to fire. " ..
      "Make the idle timer once, outside the loop.", total, timers))
  end
end
-- The ticker: stopped when collect returns.
local src = lab.source and lab.source() or nil
if type(src) == "table" then src = table.concat(src, "\n") end
if type(src) == "string" and src:find("NewTicker", 1, true) and not src:find("%.Stop%(%)") then
  fail("the ticker is never stopped: before Go 1.23 it is never collected. `defer ticker.Stop()`.")
end
return pass("One idle timer, one ticker, both stopped: nothing is left armed.")
