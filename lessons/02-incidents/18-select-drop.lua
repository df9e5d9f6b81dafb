-- Grader: in every world (bursts, store speeds, buffer sizes, a shutdown in
-- the middle) forward drops nothing and keeps the order: every event is
-- stored (until the shutdown); the producer waits for the store instead of
-- racing ahead (at most the channel's room plus the two events in hand are
-- taken and not yet stored); after the shutdown it takes nothing more from
-- the source and closes `out`; no race, nothing left blocked. Plain runs with
-- the race detector, then explored schedules (random and PCT, with the timing
-- adversary).
local say, check = lab.say, lab.check

-- world.go reads -events= -burst= -every= -store= -buffer= -stop=
local worlds = {
  { id = "story", events = 200, burst = 40, every = "50ms", store = "1ms", buffer = 16 },
  -- everything at once, a small channel
  { id = "flood", events = 260, burst = 260, every = "1s", store = "1ms", buffer = 4 },
  -- a slow store
  { id = "slow-store", events = 40, burst = 40, every = "1s", store = "20ms", buffer = 4 },
  -- a shutdown while the store is behind
  { id = "shutdown", events = 300, burst = 30, every = "20ms", store = "2ms", buffer = 8, stop = "150ms" },
  -- a trickle the store keeps up with, a one-place channel
  { id = "trickle", events = 30, burst = 1, every = "5ms", store = "1ms", buffer = 1 },
}
-- The explored worlds: the same stories in a few events (explore runs each
-- one on many schedules): bursts still fill `out`, the shutdown still comes
-- while the store is behind.
local explored = {
  { id = "story", events = 16, burst = 8, every = "50ms", store = "1ms", buffer = 3 },
  { id = "flood", events = 12, burst = 12, every = "1s", store = "1ms", buffer = 2 },
  { id = "slow-store", events = 8, burst = 8, every = "1s", store = "20ms", buffer = 2 },
  { id = "shutdown", events = 30, burst = 10, every = "20ms", store = "2ms", buffer = 3, stop = "25ms" },
  { id = "trickle", events = 8, burst = 1, every = "5ms", store = "1ms", buffer = 1 },
}
-- Their pipelines take about 2,000 instructions on every schedule: one that
-- spins on a full `out` runs out of this limit at once.
local EXPLORE_LIMITS = { steps = 200000 }
local function setup(w)
  w.args = { "-events=" .. w.events, "-burst=" .. w.burst, "-every=" .. w.every, "-store=" .. w.store,
             "-buffer=" .. w.buffer, "-stop=" .. (w.stop or "0") }
  w.desc = string.format("%d events in bursts of %d every %s, %s to store one, room for %d in `out`%s",
                         w.events, w.burst, w.every, w.store, w.buffer, w.stop and (", shutdown at " .. w.stop) or "")
  w.desc_zh = string.format("%d 个事件，每 %s 来一批 %d 个，存储一个要 %s，`out` 有 %d 个空位%s",
                            w.events, w.every, w.burst, w.store, w.buffer, w.stop and ("，" .. w.stop .. " 时关闭") or "")
end
for _, w in ipairs(worlds) do setup(w) end
for _, w in ipairs(explored) do setup(w) end

local function where(w)
  return say{ en = " (world `" .. w.id .. "`: " .. w.desc .. ")", zh = "（世界 `" .. w.id .. "`：" .. w.desc_zh .. "）" }
end

local function judge(r, w, strict)
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "panic" then
    return false, say{ en = "the program panicked" .. where(w) .. ": " .. tostring(r.panic),
                       zh = "程序 panic 了" .. where(w) .. "：" .. tostring(r.panic) }
  end
  if r.status == "deadlock" and w.stop then
    return false, say{
      en = "after the shutdown the pipeline never ends" .. where(w) .. ": " .. lab.explain(r) ..
           "\nThe store has stopped reading `out`; a forward blocked sending on it waits forever. Wait for room *or* for ctx.Done(), in one select.",
      zh = "关闭之后管道一直结束不了" .. where(w) .. "：" .. lab.explain(r) ..
           "\n存储已经不再读 `out`；阻塞在发送上的 forward 会永远等下去。在同一个 select 里同时等空位**和** ctx.Done()。" }
  end
  if r.status == "limit" then
    return false, say{
      en = "the pipeline ran out of its limits" .. where(w) .. ": " .. lab.explain(r) ..
           "\nA forward that retries a full `out` in a loop burns the CPU the store needs: block in one select on `out <- e` and ctx.Done().",
      zh = "管道耗尽了运行限制" .. where(w) .. "：" .. lab.explain(r) ..
           "\n在循环里反复重试已满的 `out` 会把存储需要的 CPU 烧掉：在一个 select 里阻塞等待 `out <- e` 和 ctx.Done()。" }
  end
  if r.status ~= "exit" then
    return false, say{ en = "the pipeline does not finish normally" .. where(w) .. ": ",
                       zh = "管道没有正常结束" .. where(w) .. "：" } .. lab.explain(r) ..
                  say{ en = "\nforward must close `out` when it is done.", zh = "\nforward 结束时必须关闭 `out`。" }
  end
  if #r.races > 0 then
    return false, say{ en = "data race" .. where(w) .. ": ", zh = "数据竞争" .. where(w) .. "：" } .. lab.explain(r.races[1])
  end
  if #r.leaked > 0 then
    return false, say{ en = "goroutines are left behind when the pipeline is done" .. where(w) .. ": ",
                       zh = "管道结束时还留有 goroutine" .. where(w) .. "：" } .. lab.explain(r.leaked)
  end
  local taken, after, stored, dropped, disorder, gap
  for a, b, c, d, e, f in r.stdout:gmatch("%d+ events: (%d+) taken from the source %((%d+) after the shutdown%), (%d+) stored, (%d+) dropped on the way, (%d+) out of order; at most (%d+) taken and not yet stored") do
    taken, after, stored, dropped, disorder, gap = tonumber(a), tonumber(b), tonumber(c), tonumber(d), tonumber(e), tonumber(f)
  end
  local outs = lab.events(r, { kind = "output", a = 1 })
  if not taken or #outs == 0 or outs[#outs].func ~= "main.main" or outs[#outs].file ~= "world.go" then
    return false, say{ en = "the pipeline's report is missing" .. where(w) .. ":\n", zh = "缺少管道的报告" .. where(w) .. "：\n" } .. r.stdout
  end
  if stored > taken then
    return false, say{
      en = string.format("the store got %d events but forward took only %d from the source%s: forward passes on the events src.Next gives it, " ..
                         "it does not make its own.", stored, taken, where(w)),
      zh = string.format("存储收到了 %d 个事件，而 forward 只从源里取了 %d 个%s：forward 转发的是 src.Next 给它的事件，" ..
                         "而不是自己造事件。", stored, taken, where(w)) }
  end
  if dropped > 0 then
    return false, say{
      en = string.format("%d events were dropped on the way to the store%s: when `out` was full, forward threw them away. " ..
                         "A full channel is the store saying \"slow down\": wait for room instead of dropping.", dropped, where(w)),
      zh = string.format("有 %d 个事件在去往存储的路上被丢弃了%s：`out` 满了的时候 forward 把它们扔掉了。" ..
                         "channel 满了是存储在说“慢一点”：等待空位，而不是丢弃。", dropped, where(w)) }
  end
  if disorder > 0 then
    return false, say{ en = disorder .. " event(s) reached the store out of order" .. where(w) .. ": send them one after another, from forward itself.",
                       zh = "有 " .. disorder .. " 个事件乱序到达存储" .. where(w) .. "：由 forward 自己逐个发送。" }
  end
  if not w.stop and stored ~= w.events then
    return false, say{
      en = string.format("%d of %d events were stored%s: forward must send every event of the source.", stored, w.events, where(w)),
      zh = string.format("%d 个事件中只存储了 %d 个%s：forward 必须发送源中的每一个事件。", w.events, stored, where(w)) }
  end
  if gap > w.buffer + 2 then
    return false, say{
      en = string.format("forward ran up to %d events ahead of the store%s; `out` has room for %d. " ..
                         "Do not pile events up somewhere else: let forward wait, and the source keeps the rest.", gap, where(w), w.buffer),
      zh = string.format("forward 最多领先存储 %d 个事件%s；`out` 只有 %d 个空位。" ..
                         "不要把事件堆到别的地方：让 forward 等待，其余的事件留在源里。", gap, where(w), w.buffer) }
  end
  if after > (strict and 0 or 1) then
    return false, say{
      en = string.format("forward took %d event(s) from the source after the shutdown%s: once ctx is done, take nothing more, close `out` and return.", after, where(w)),
      zh = string.format("关闭之后 forward 又从源里取了 %d 个事件%s：ctx 结束后就不要再取，关闭 `out` 并返回。", after, where(w)) }
  end
  return true
end

for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args }
  local ok, why = judge(r, w, true)
  check("world " .. w.id, ok, why)
end
for i, w in ipairs(explored) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 200, mode = mode, seed = 17 * i, args = w.args, limits = EXPLORE_LIMITS,
                             check = function(r) return judge(r, w, false) end }
    check("explore " .. mode .. " " .. w.id, all.failed == 0,
          say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end
return pass(say{
  en = "forward waits for the store instead of dropping: every event arrives, in order, the source keeps the backlog, and the shutdown stops it cleanly — in every world, on every schedule tried.",
  zh = "forward 等待存储而不是丢弃：每个事件都按顺序到达，积压留在源里，关闭时干净地停下——在每个世界、尝试的每种调度下都成立。" })
