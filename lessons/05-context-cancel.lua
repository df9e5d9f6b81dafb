-- Grader: three quotes, then every watcher gone.
for _, seed in ipairs{1, 2, 3, 6} do
  local r = lab.run{ seed = seed }
  expect(r.status == "exit", "main should return normally (seed " .. seed .. "), got " .. r.status .. "\n" .. r.stderr)
  for _, line in ipairs{"GO 201", "RUST 401", "ZIG 301", "dashboard ready"} do
    expect(r.stdout:find(line, 1, true), "missing `" .. line .. "` in the output:\n" .. r.stdout)
  end
  if #r.leaked > 0 then
    fail(string.format("%d watcher(s) are still running after main returns (seed %d): " ..
      "their context is never cancelled. Who calls `cancel`?\n%s",
      #r.leaked, seed, lab.explain(r.leaked)))
  end
end
return pass("Every context is cancelled when its caller is done: the watchers stop.")
