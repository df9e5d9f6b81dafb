-- Grader: bounded goroutines, the deadline honoured, nothing left behind.
for _, seed in ipairs{1, 2, 3} do
  local r = lab.run{ seed = seed }
  expect(r.status == "exit", "main should return normally (seed " .. seed .. "), got " .. r.status .. "\n" .. r.stderr)
  for _, line in ipairs{"import 1: 40 rows imported", "import 2: 60 rows imported", "server idle"} do
    expect(r.stdout:find(line, 1, true), "missing `" .. line .. "` in the output:\n" .. r.stdout)
  end
  local third = r.stdout:match("import 3: [^\n]*") or ""
  expect(third:find("deadline exceeded", 1, true),
    "the 1000-row upload cannot finish in 500ms; it should end with the request's deadline " ..
    "(`context deadline exceeded`), got `" .. third .. "`")
  if #r.leaked > 0 then
    fail(string.format("%d goroutine(s) are still queueing or calling the API after every request " ..
      "was answered (seed %d): the rows never learn that their request is over.\n%s",
      #r.leaked, seed, lab.explain(r.leaked)))
  end
  if r.peak_goroutines > 40 then
    fail(string.format("%d goroutines were alive at the peak: one per row, with no limit. " ..
      "The API takes 8 calls at a time; let only that many rows run at once.", r.peak_goroutines))
  end
  expect(r.virtual_time < 2 * 1000000000,
    "the three uploads took " .. (r.virtual_time // 1000000) .. "ms of virtual time; " ..
    "with the deadline honoured they take about 1.1s.")
end
return pass("Bounded and cancellable: at most a few rows run at once, and the deadline stops the rest.")
