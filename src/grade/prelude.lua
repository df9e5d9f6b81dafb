-- src/grade/prelude.lua: the parts of the `lab` API written in Lua, run in
-- the grader's sandbox before the grader (embedded by src/grade/embed-lua).

-- lab.snap(clock): a copy of a vector clock (goroutine id -> count).
function lab.snap(c)
  local t = {}
  for k, v in pairs(c or {}) do t[k] = v end
  return t
end

-- lab.order(r, fn): Go's happens-before over the run's events, as vector
-- clocks. It replays r.events and calls fn(e, clock) for every event, with
-- the clock of the goroutine e.g as it is when e happens (its own count
-- already advanced, before what e acquires: a Wait's clock is where Wait was
-- called). clock[g] is how many events of goroutine g are ordered before;
-- event e of goroutine g (count n = clock[g] in its own call) happens before
-- a later event whose clock c has c[g] >= n. Do not change clock: copy it
-- with lab.snap. The edges: a go statement before the goroutine's start; the
-- k-th send on a channel before the k-th receive completes, and the k-th
-- receive before the (k+cap)-th send completes; a close before a receive
-- that sees it; wg.Done before the Wait it releases; an unlock before the
-- next lock; an atomic write before later atomic accesses of the variable; a
-- waker before the goroutine it wakes. When r.events does not hold the whole
-- run (r.events_total > #r.events) the clocks miss what came before.
function lab.order(r, fn)
  local vc, sends, nsend, nrecv, pend, closed, wgdone, unlocked, atom = {}, {}, {}, {}, {}, {}, {}, {}, {}
  local chancap, parked, recvs = {}, {}, {}
  local snap = lab.snap
  local function clock(g) local c = vc[g]; if not c then c = {}; vc[g] = c end; return c end
  local function join(dst, src) for k, v in pairs(src or {}) do if (dst[k] or 0) < v then dst[k] = v end end end
  local none = {}
  for _, e in ipairs(r.events) do
    local g, k = e.g, e.kind
    if g ~= 0 then local c = clock(g); c[g] = (c[g] or 0) + 1 end
    if fn then fn(e, g ~= 0 and clock(g) or none) end
    if k == "go create" then
      vc[e.a] = snap(g ~= 0 and clock(g) or none)
    elseif k == "go unblock" and e.a ~= 0 then
      join(clock(g), clock(e.a))
    elseif k == "chan make" then
      chancap[e.a] = e.b
    elseif k == "go block" and e.reason == "chan receive" and e.a ~= 0 then
      parked[e.a] = parked[e.a] or {}
      table.insert(parked[e.a], { g = g, clk = snap(clock(g)) })
    elseif k == "chan send" then
      sends[e.a], nsend[e.a] = sends[e.a] or {}, (nsend[e.a] or 0) + 1
      -- the k-th receive completes this send (unbuffered: a receiver parked
      -- first, or one that took the value from this parked sender)
      local kr = nsend[e.a] - (chancap[e.a] or 0)
      local rc = kr >= 1 and recvs[e.a] and recvs[e.a][kr]
      if rc then join(clock(g), rc)
      elseif kr >= 1 and (chancap[e.a] or 0) == 0 and parked[e.a] and parked[e.a][1] then
        join(clock(g), parked[e.a][1].clk)
      end
      local t = snap(clock(g))
      sends[e.a][nsend[e.a]] = t
      local waiting = pend[e.a] and pend[e.a][nsend[e.a]]
      if waiting then join(clock(waiting), t) end
    elseif k == "chan recv" and e.b == 1 then
      nrecv[e.a] = (nrecv[e.a] or 0) + 1
      local t = sends[e.a] and sends[e.a][nrecv[e.a]]
      if t then join(clock(g), t) else pend[e.a] = pend[e.a] or {}; pend[e.a][nrecv[e.a]] = g end
      recvs[e.a] = recvs[e.a] or {}
      recvs[e.a][nrecv[e.a]] = snap(clock(g))
      for i, q in ipairs(parked[e.a] or none) do
        if q.g == g then table.remove(parked[e.a], i); break end
      end
    elseif k == "chan recv" then
      join(clock(g), closed[e.a])
    elseif k == "chan close" then
      closed[e.a] = snap(clock(g))
    elseif k == "waitgroup add" and e.b < 0 then
      wgdone[e.a] = wgdone[e.a] or {}
      join(wgdone[e.a], clock(g))
    elseif k == "waitgroup wait" then
      join(clock(g), wgdone[e.a])
    elseif k == "mutex unlock" then
      unlocked[e.a] = snap(clock(g))
    elseif k == "mutex lock" then
      join(clock(g), unlocked[e.a])
    elseif k == "atomic" then
      join(clock(g), atom[e.a])
      if e.b == 1 then atom[e.a] = atom[e.a] or {}; join(atom[e.a], clock(g)) end
    end
  end
end
