-- order.lua on the calm schedule only: every line printed by another
-- goroutine happens before main's last line (lab.order). For programs whose
-- calm schedule is the one that shows an edge lab.order must not add.
local r = lab.run{}
local prints, last = {}, nil
lab.order(r, function(e, clock)
  if e.kind == "output" and e.a == 1 then
    if last then prints[#prints + 1] = last end
    last = { g = e.g, at = clock[e.g], seen = lab.snap(clock) }
  end
end)
for _, p in ipairs(prints) do
  expect(p.g == last.g or (last.seen[p.g] or 0) >= p.at,
         "goroutine " .. p.g .. " printed, unordered before main's last line")
end
return pass("ordered")
