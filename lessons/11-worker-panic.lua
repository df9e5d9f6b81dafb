-- Grader: no crash, every upload reported, the bad one as failed.
local good = { "800x600 -> 400x300", "1024x768 -> 512x384", "1920x1080 -> 960x540",
               "320x240 -> 160x120", "1280x720 -> 640x360" }
for _, seed in ipairs{1, 2, 3, 5} do
  local r = lab.run{ seed = seed }
  if r.status == "panic" then
    fail("the program crashed (seed " .. seed .. "): panic: " .. (r.panic or "?") ..
         "\nA panic in any goroutine ends the whole program; recover must run in the worker's goroutine.")
  end
  expect(r.status == "exit" and r.exit_code == 0,
    "main should return normally (seed " .. seed .. "), got " .. r.status .. "\n" .. r.stderr)
  for _, line in ipairs(good) do
    expect(r.stdout:find(line, 1, true), "missing `" .. line .. "` in the output:\n" .. r.stdout)
  end
  local bad = r.stdout:match("\n?640 %->[^\n]*")
  expect(bad and bad:find("fail", 1, true),
    "the malformed upload `640` is not reported: its task was lost with the worker that panicked. " ..
    "Report it as `640 -> failed: ...` and keep the worker going.\n" .. r.stdout)
  expect(#r.leaked == 0, lab.explain(r.leaked))
end
return pass("A bad upload fails alone: the worker recovers, reports it and goes on.")
