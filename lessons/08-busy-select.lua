-- Grader: the right answer, with almost no CPU while waiting.
-- Blocking receives handle 10 jobs in a few hundred instructions; a spin
-- takes ~10^8, a 1ms poll thousands.
for _, seed in ipairs{1, 2} do
  local r = lab.run{ seed = seed, limits = { steps = 300000000 } }
  expect(r.status == "exit", "main should return normally (seed " .. seed .. "), got " .. r.status .. "\n" .. r.stderr)
  expect(r.stdout:find("handled 55", 1, true), "expected `handled 55`, got:\n" .. r.stdout)
  expect(#r.leaked == 0, lab.explain(r.leaked))
  local busiest, cpu = 0, 0
  for g, ns in pairs(r.cpu or {}) do
    if g ~= 1 and ns > cpu then busiest, cpu = g, ns end
  end
  if r.steps > 1000 then
    fail(string.format("the program executed %d instructions (%.1fms of virtual CPU in goroutine %d) " ..
      "to handle 10 jobs that arrive over 100ms: the runner keeps running while there is nothing " ..
      "to do. Let it block until a job arrives.", r.steps, cpu / 1e6, busiest))
  end
end
return pass("The runner blocks while the queue is empty: no CPU is spent waiting.")
