-- Grader: 15 ok / 5 timeout, the pool empty at the end, nothing left running.
for _, seed in ipairs{1, 2, 4} do
  local r = lab.run{ seed = seed }
  expect(r.status == "exit", "main should return normally (seed " .. seed .. "), got " .. r.status .. "\n" .. r.stderr)
  local ok, timeout, busy = r.stdout:match("ok (%d+), timeout (%d+), connections busy (%d+)")
  expect(ok, "expected a line `ok N, timeout N, connections busy N`, got:\n" .. r.stdout)
  if tonumber(ok) ~= 15 then
    fail(string.format("only %s of 20 requests succeeded (15 queries are fast): timed-out queries " ..
      "still hold the connections. Does `query` see the request's deadline?", ok))
  end
  expect(tonumber(busy) == 0, busy .. " connection(s) are still in use when the server is done: " ..
    "a timed-out query should give its connection back.")
  if #r.leaked > 0 then
    fail(string.format("%d query goroutine(s) are still running or queued for a connection after " ..
      "every request was answered (seed %d):\n%s", #r.leaked, seed, lab.explain(r.leaked)))
  end
end
return pass("The deadline travels down to the query: timed-out work frees its connection.")
