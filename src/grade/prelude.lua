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
-- with lab.snap. The edges are not re-derived here: a go statement is its
-- "go create" event, and every other edge is one the race detector joins
-- its clocks on (channels, select, sync, atomics: rt/race.h), logged by the
-- runtime in r.hb (rt/hb.h): four integers per edge, the index in r.events
-- of the event it follows, the goroutine, the operation (1 acquire, 2
-- release, 3 both, 4 meet the other goroutine; +8: it belongs to that
-- goroutine's next event) and the sync clock or the other goroutine. When
-- r.events does not hold the whole run (r.events_total > #r.events) the
-- clocks miss what came before.
function lab.order(r, fn)
  local vc, sync, pend = {}, {}, {}
  local snap, hb = lab.snap, r.hb or {}
  local nhb, j = #hb, 1
  local function clock(g) local c = vc[g]; if not c then c = {}; vc[g] = c end; return c end
  local function join(dst, src) for k, v in pairs(src or {}) do if (dst[k] or 0) < v then dst[k] = v end end end
  local function apply(g, op, x)
    local c = clock(g)
    if op == 1 then join(c, sync[x])
    elseif op == 2 then local s = sync[x] or {}; sync[x] = s; join(s, c)
    elseif op == 3 then join(c, sync[x]); sync[x] = snap(c)
    elseif op == 4 then local o = clock(x); join(c, o); join(o, c)
    end
  end
  -- the edges of g that wait for g's next event, applied after it (or before
  -- any later edge of g)
  local function flush(g)
    local q = pend[g]
    if q then pend[g] = nil; for i = 1, #q, 2 do apply(g, q[i], q[i + 1]) end end
  end
  local none = {}
  for i, e in ipairs(r.events) do
    local g = e.g
    while j <= nhb and hb[j] == i and hb[j + 2] > 8 do   -- they belong to their goroutine's next event
      local q = pend[hb[j + 1]] or {}; pend[hb[j + 1]] = q
      q[#q + 1], q[#q + 2] = hb[j + 2] - 8, hb[j + 3]
      j = j + 4
    end
    if g ~= 0 then local c = clock(g); c[g] = (c[g] or 0) + 1 end
    if fn then fn(e, g ~= 0 and clock(g) or none) end
    if g ~= 0 then flush(g) end
    if e.kind == "go create" then vc[e.a] = snap(g ~= 0 and clock(g) or none) end
    while j <= nhb and hb[j] <= i do
      local hg, op, x = hb[j + 1], hb[j + 2], hb[j + 3]
      if op > 8 then
        local q = pend[hg] or {}; pend[hg] = q
        q[#q + 1], q[#q + 2] = op - 8, x
      else
        flush(hg)
        if op == 4 then flush(x) end
        apply(hg, op, x)
      end
      j = j + 4
    end
  end
end
