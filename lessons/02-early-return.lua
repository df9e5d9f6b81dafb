-- Grader: every order answered, the DB error reaches the caller, nothing leaks.
local want_ok = { "order 1001: total 7", "order 1002: total 14",
                  "order 1004: total 28", "order 1006: total 42" }

for _, seed in ipairs{1, 2, 5, 9} do
  local r = lab.run{ seed = seed }
  if r.status ~= "exit" then
    fail("main should return normally (seed " .. seed .. "), got " .. r.status ..
         (r.panic and (": " .. r.panic) or "") ..
         (r.status == "panic" and "\nA closed channel gives the zero value: check `ok` before using the result." or ""))
  end
  if #r.leaked > 0 then
    fail(string.format("%d goroutine(s) are still waiting on `ch` for an order that failed " ..
      "(seed %d): what does the fetching goroutine do on the error path?\n%s",
      #r.leaked, seed, lab.explain(r.leaked)))
  end
  expect(not r.stdout:find("gave up", 1, true),
    "main gave up waiting for some orders:\n" .. r.stdout)
  for _, line in ipairs(want_ok) do
    expect(r.stdout:find(line, 1, true), "missing `" .. line .. "` in the output:\n" .. r.stdout)
  end
  for _, id in ipairs{"1003", "1005"} do
    local line = r.stdout:match("order " .. id .. ":[^\n]*") or ""
    expect(line:find("connection reset", 1, true),
      "order " .. id .. " should report the database error (`connection reset by peer`), got `" ..
      line .. "`: the caller needs the real cause, not a timeout.")
  end
  expect(r.virtual_time < 500 * 1000000,
    "the orders took " .. (r.virtual_time // 1000000) .. "ms of virtual time; the database answers in 30ms.")
end
return pass("Every path of the fetching goroutine answers; the database error reaches the caller.")
