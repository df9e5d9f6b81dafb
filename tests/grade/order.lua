-- Every line printed by another goroutine happens before main's last line
-- (lab.order), on the calm schedule and on explored ones.
local function unordered(r)
  local prints, last = {}, nil
  lab.order(r, function(e, clock)
    if e.kind == "output" and e.a == 1 then
      if last then prints[#prints + 1] = last end
      last = { g = e.g, at = clock[e.g], seen = lab.snap(clock) }
    end
  end)
  for _, p in ipairs(prints) do
    if p.g ~= last.g and (last.seen[p.g] or 0) < p.at then return p.g end
  end
  return nil
end
local r = lab.run{}
local g = unordered(r)
expect(r.stdout:find("main\n$") and not g, "goroutine " .. tostring(g) .. " printed, unordered before main's last line")
for _, mode in ipairs{ "random", "pct" } do
  local all = lab.explore{ runs = 30, mode = mode, check = function(x)
    local u = unordered(x)
    return u == nil, "goroutine " .. tostring(u) .. " printed, unordered before main's last line"
  end }
  expect(all.failed == 0, all.first_failure)
end
return pass("ordered")
