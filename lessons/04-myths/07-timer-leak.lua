-- Grader for lesson 7 (Go 1.22 timers). The world (world.go) takes its
-- traffic from args; the grader knows what each world must print and checks,
-- from the run itself (never the source text), that:
--   * every session prints its exact total, flushes about once a second and
--     warns "idle for a minute" exactly once per quiet spell of 75s (and never
--     while events flow, even over a session longer than a minute);
--   * the collector makes a handful of timers, not one per event (the
--     "chan make" events of time's channels), and none is left armed at the end;
--   * nothing keeps firing after the last collector returned (its ticker was
--     stopped, however: defer ticker.Stop(), a method value, ...);
--   * no goroutine leaks, no data race, on explored schedules too.
local say = lab.say
local check = lab.check
local S = 1e9

-- A world: its flags, and what the grader derives from them.
local function world(w)
  w.every_ns = w.every_ms * 1e6
  w.args = { "-events=" .. w.events, "-every=" .. w.every_ms .. "ms", "-mod=" .. w.mod,
             "-sessions=" .. w.sessions, "-linger=" .. w.linger .. "s" }
  w.pauses = 0
  if w.pause_at then
    w.args[#w.args + 1] = "-pause-at=" .. table.concat(w.pause_at, ",")
    w.pause = w.pause or 75
    w.args[#w.args + 1] = "-pause=" .. w.pause .. "s"
    w.pauses = #w.pause_at
  end
  w.total = 0
  for i = 1, w.events do w.total = w.total + i % w.mod end
  w.seconds = (w.events * w.every_ns + w.pauses * (w.pause or 0) * S) / S -- one session
  w.desc = table.concat(w.args, " ")
  return w
end

local story = world{ events = 3000, every_ms = 1, mod = 10, sessions = 1, linger = 2 }
local quiet = world{ events = 200, every_ms = 7, mod = 7, sessions = 2, linger = 5, pause_at = { 120 } }
local busy  = world{ events = 4000, every_ms = 20, mod = 13, sessions = 1, linger = 4 }
local twice = world{ events = 90, every_ms = 30, mod = 9, sessions = 3, linger = 6, pause_at = { 10, 60 } }

-- The reports of each session, in order: { flushes = {sums}, idle = n, total = n }.
local function sessions(out)
  local list, cur = {}, { flushes = {}, idle = 0 }
  for line in out:gmatch("[^\n]+") do
    local f = line:match("^flush: sum (%-?%d+)$")
    local t = line:match("^total (%-?%d+)$")
    if f then cur.flushes[#cur.flushes + 1] = tonumber(f)
    elseif line == "idle for a minute" then cur.idle = cur.idle + 1
    elseif t then cur.total = tonumber(t); list[#list + 1] = cur; cur = { flushes = {}, idle = 0 }
    else return nil, line end
  end
  return list
end

-- When each `idle for a minute` was reported, from the collector's sends on
-- `out` (one per line of stdout, in order; matched from the end, since the
-- oldest events may have been dropped), against the last event sent before
-- it (the printer may print it later, after the next event came): the
-- first warning that does not come a minute after (up to one flush later, for
-- a collector that looks at the clock on its ticks), as its delay; else nil.
-- Second result: the first gap between two flushes of a session that is not
-- flushEvery (within 5ms), when the idle warnings were all right.
local function idle_timing(r)
  local lines, outs = {}, {}
  for line in r.stdout:gmatch("[^\n]+") do lines[#lines + 1] = line end
  for i, e in ipairs(r.events) do
    if e.kind == "chan send" and e.chan == "out" then outs[#outs + 1] = i end
  end
  local prev_flush = nil
  for j = 1, #outs do
    local line = lines[#lines - (#outs - j)] or ""
    if line:find("^flush: ") then
      local at = r.events[outs[j]].t
      if prev_flush and math.abs(at - prev_flush - S) > 5e6 then return nil, at - prev_flush end
      prev_flush = at
    elseif line:find("^total ") then
      prev_flush = nil   -- the next session's ticker starts afresh
    end
    if line == "idle for a minute" then
      local at, last = r.events[outs[j]].t, nil
      for k = outs[j], 1, -1 do
        local e = r.events[k]
        if e.kind == "chan send" and e.chan == "events" then last = e.t break end
      end
      if last and (at - last < 60 * S or at - last > 61.5 * S) then return at - last end
    end
  end
  return nil
end

-- What the output must say; strict says the flush count and idle warnings
-- must match exactly (a run without the timing adversary).
local function judge_output(r, w, strict)
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status ~= "exit" then
    return false, say{ en = "in the world `" .. w.desc .. "` the program did not end normally (" .. r.status .. "): " .. lab.explain(r),
                       zh = "在世界 `" .. w.desc .. "` 中程序没有正常结束（" .. r.status .. "）：" .. lab.explain(r) }
  end
  if #r.leaked > 0 then return false, lab.explain(r.leaked) end
  local list, bad = sessions(r.stdout)
  if not list then
    return false, say{ en = "collect sent a report the world does not know: `" .. bad .. "` (expected `flush: sum N`, `idle for a minute` or `total N`)",
                       zh = "collect 发出了未知的报告：`" .. bad .. "`（应为 `flush: sum N`、`idle for a minute` 或 `total N`）" }
  end
  if #list ~= w.sessions then
    return false, say{ en = string.format("in the world `%s` the collector was started %d times but %d `total` lines came out:\n%s", w.desc, w.sessions, #list, r.stdout),
                       zh = string.format("在世界 `%s` 中 collector 启动了 %d 次，却只输出了 %d 行 `total`：\n%s", w.desc, w.sessions, #list, r.stdout) }
  end
  for i, s in ipairs(list) do
    if s.total ~= w.total then
      return false, say{ en = string.format("session %d of the world `%s`: `total %d`, but its events add up to %d", i, w.desc, s.total, w.total),
                         zh = string.format("世界 `%s` 的第 %d 次会话：输出 `total %d`，而事件之和是 %d", w.desc, i, s.total, w.total) }
    end
    local prev = 0
    for _, f in ipairs(s.flushes) do
      if f < prev or f > w.total then
        return false, say{ en = string.format("session %d of the world `%s`: `flush: sum %d` after `flush: sum %d` (total %d): a flush reports the running sum", i, w.desc, f, prev, w.total),
                           zh = string.format("世界 `%s` 的第 %d 次会话：`flush: sum %d` 出现在 `flush: sum %d` 之后（总数 %d）：flush 应报告当前累计和", w.desc, i, f, prev, w.total) }
      end
      prev = f
    end
    -- Under the timing adversary the world's own gaps may stretch (time
    -- passes while it waits for a CPU), so only a run at the fair clock
    -- bounds the number of flushes from above.
    local want = math.floor(w.seconds)
    local lo, hi = want - 1, want + 1
    if not strict then lo, hi = 1, math.huge end
    if #s.flushes < lo or #s.flushes > hi then
      return false, say{ en = string.format("session %d of the world `%s` lasted about %.1fs but flushed %d times: `flush: sum N` should come once every flushEvery (1s)", i, w.desc, w.seconds, #s.flushes),
                         zh = string.format("世界 `%s` 的第 %d 次会话持续约 %.1f 秒，却 flush 了 %d 次：`flush: sum N` 应每 flushEvery（1 秒）一次", w.desc, i, w.seconds, #s.flushes) }
    end
    if strict and s.idle ~= w.pauses then
      if w.pauses == 0 then
        return false, say{ en = string.format("session %d of the world `%s` warned `idle for a minute` %d time(s), but an event came every %dms for %.0fs: the idle minute must count from the last event (re-arm the idle timer on each event)", i, w.desc, s.idle, w.every_ms, w.seconds),
                           zh = string.format("世界 `%s` 的第 %d 次会话输出了 %d 次 `idle for a minute`，但事件每 %dms 就来一个、持续 %.0f 秒：空闲的一分钟应从最后一个事件算起（每个事件后重新设置空闲定时器）", w.desc, i, s.idle, w.every_ms, w.seconds) }
      end
      return false, say{ en = string.format("session %d of the world `%s` had %d quiet spell(s) of %ds but warned `idle for a minute` %d time(s): once per minute without events", i, w.desc, w.pauses, w.pause or 0, s.idle),
                         zh = string.format("世界 `%s` 的第 %d 次会话有 %d 段 %d 秒的空闲，却输出了 %d 次 `idle for a minute`：每一分钟没有事件时警告一次", w.desc, i, w.pauses, w.pause or 0, s.idle) }
    end
  end
  if strict then
    local late, gap = idle_timing(r)
    if gap then
      return false, say{
        en = string.format("in the world `%s` two flushes came %.3fs apart: `flush: sum N` should come every flushEvery (1s)", w.desc, gap / S),
        zh = string.format("在世界 `%s` 中，两次 flush 相隔 %.3f 秒：`flush: sum N` 应当每隔 flushEvery（1 秒）出现一次", w.desc, gap / S) }
    end
    if late then
      return false, say{
        en = string.format("in the world `%s` the collector warned `idle for a minute` %.1fs after the last event: it should warn once a minute (idleAfter) has passed without an event, not sooner and not much later", w.desc, late / S),
        zh = string.format("在世界 `%s` 中，收集器在最后一个事件之后 %.1f 秒输出了 `idle for a minute`：应当在一分钟（idleAfter）没有事件之后警告，不能早，也不能晚太多", w.desc, late / S) }
    end
  end
  return true
end

-- Timer channels made by the collector's side (time.go's make, not in main).
local function timers_made(r)
  local n = 0
  for _, e in ipairs(r.events) do
    if e.kind == "chan make" and e.file == "time.go" and e.g ~= 1 then n = n + 1 end
  end
  return n
end

-- Timers that fired while the service lingered after the last collector
-- returned, other than the world's own sleep.
local function fired_after(r, w)
  local from, n = r.virtual_time - w.linger * S + 1e6, 0
  for _, e in ipairs(r.events) do
    if e.kind == "timer" and e.t > from and e.t < r.virtual_time - 1e3 then n = n + 1 end
  end
  return n
end

for _, w in ipairs{ story, quiet, busy, twice } do
  local r = lab.run{ seed = 3, args = w.args, race = true }
  local ok, msg = judge_output(r, w, true)
  check("output " .. w.desc, ok, msg)
  check("no race " .. w.desc, #r.races == 0, lab.explain(r.races))
  local live = 0
  for _, c in ipairs(r.channels) do
    if c.type == "chan time.Time" and c.file == "time.go" then live = live + 1 end
  end
  check("timer channels left " .. w.desc, live <= 2 * w.sessions + 2, say{
    en = string.format("in the world `%s`, %d timer channels are still alive at the end: every pass of the select made a new timer (`time.After`) that stays armed for a minute. Make the idle timer once, outside the loop, and re-arm it.", w.desc, live),
    zh = string.format("在世界 `%s` 中，结束时仍有 %d 个定时器 channel 存活：select 每循环一次就新建一个定时器（`time.After`），它要挂一分钟。在循环外只创建一次空闲定时器，并重新设置它。", w.desc, live) })
  if r.events_total <= #r.events then -- the whole trace is there
    local made = timers_made(r)
    check("timers made " .. w.desc, made <= 3 * w.sessions, say{
      en = string.format("in the world `%s` (%d events per session), the collector made %d timers: one per pass of the loop. A collector needs one ticker and one idle timer, made before the loop.", w.desc, w.events, made),
      zh = string.format("在世界 `%s`（每次会话 %d 个事件）中，collector 创建了 %d 个定时器：每轮循环一个。collector 只需要一个 ticker 和一个空闲定时器，在循环前创建。", w.desc, w.events, made) })
  end
  local fired = fired_after(r, w)
  check("ticker stopped " .. w.desc, fired <= 1, say{
    en = string.format("in the world `%s`, timers fired %d times in the %ds after the last collector returned: its ticker was never stopped, and before Go 1.23 a ticker that is not stopped ticks (and is kept) forever. Stop it when collect returns (`defer ticker.Stop()`).", w.desc, fired, w.linger),
    zh = string.format("在世界 `%s` 中，最后一个 collector 返回后的 %d 秒里定时器又触发了 %d 次：它的 ticker 从未停止；Go 1.23 之前，没有 Stop 的 ticker 会永远走下去、永远不被回收。collect 返回时停止它（`defer ticker.Stop()`）。", w.desc, w.linger, fired) })
end

-- Explored schedules, with the timing adversary where the runtime has it:
-- the totals and the flushes must hold on every one. Two small worlds
-- (explore runs each one on many schedules): events flowing through flushes
-- in two sessions, and a quiet spell just over a minute (every second of it
-- is a tick of the flush ticker).
local small = {
  world{ events = 25, every_ms = 50, mod = 9, sessions = 2, linger = 1 },
  world{ events = 10, every_ms = 25, mod = 9, sessions = 1, linger = 1, pause_at = { 5 }, pause = 65 },
}
-- PCT runs without the timing adversary: with it, PCT starves the world for
-- 24h of virtual time while the ticker fires (bugs-lessons-c.md, bug 1).
for _, w in ipairs(small) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 80, mode = mode, timing = mode == "random", args = w.args, race = true, check = function(r)
      if #r.races > 0 then return false, lab.explain(r.races) end
      return judge_output(r, w, false)
    end }
    check("explore " .. mode .. " " .. w.desc, all.failed == 0, all.first_failure)
  end
end
return pass(say{ en = "One ticker and one idle timer per collector, both stopped: nothing is left armed, on every world and schedule.",
                 zh = "每个 collector 一个 ticker、一个空闲定时器，都已停止：在所有世界和调度下都没有遗留待触发的定时器。" })
