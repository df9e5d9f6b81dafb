-- Grader: in every world (outages, latencies, restart policies) the
-- supervisor reports every crash with LogCrash, waits before each restart --
-- BackoffMin after the first crash in a row, twice as long after each next
-- one, at most BackoffMax -- so the restarts during an outage are few; it
-- keeps restarting until the service shuts down (the poller is back soon
-- after the outage), starts no poll after the shutdown and returns at once
-- when ctx is done, even while it waits. Plain runs with the race detector,
-- then explored schedules (random and PCT, with the timing adversary).
local say, check = lab.say, lab.check
local MS = 1000000

-- world.go reads -run= -latency= -refuse= -outage=FROM-TO -min= -max= (ms here)
local worlds = {
  { id = "story", run = 2000, latency = 10, refuse = 1, from = 200, to = 500, min = 10, max = 320 },
  -- an outage from the start, a short policy cap, a slower feed
  { id = "cold-start", run = 2500, latency = 7, refuse = 2, from = 0, to = 1500, min = 5, max = 200 },
  -- the feed never comes back: the shutdown comes during a backoff, half a
  -- millisecond off the crashes' rhythm
  { id = "dead-feed", run = 1010.5, latency = 4, refuse = 1, from = 100, to = 60000, min = 20, max = 150 },
  -- a fast feed and a short outage
  { id = "blip", run = 600, latency = 3, refuse = 1, from = 50, to = 90, min = 15, max = 1000 },
}
-- The explored worlds: the same stories, shorter (explore runs each one on
-- many schedules): the outage still brings a few crashes in a row, the feed
-- still comes back (or never does, and the shutdown comes during a backoff).
local explored = {
  { id = "story", run = 300, latency = 10, refuse = 2, from = 40, to = 100, min = 5, max = 40 },
  { id = "cold-start", run = 200, latency = 7, refuse = 2, from = 0, to = 60, min = 5, max = 40 },
  { id = "dead-feed", run = 87.5, latency = 4, refuse = 2, from = 10, to = 60000, min = 20, max = 100 },
  { id = "blip", run = 150, latency = 3, refuse = 1, from = 20, to = 40, min = 15, max = 1000 },
}
local function setup(w)
  w.args = { "-run=" .. w.run .. "ms", "-latency=" .. w.latency .. "ms", "-refuse=" .. w.refuse .. "ms",
             "-outage=" .. w.from .. "ms-" .. w.to .. "ms", "-min=" .. w.min .. "ms", "-max=" .. w.max .. "ms" }
  -- the backoffs of the crashes in a row, and the most crashes a right
  -- supervisor can see in the outage (plus one for the edges)
  w.backoff = {}
  local t, b, n = w.from + w.refuse, w.min, 1
  local stop = math.min(w.to, w.run)
  while true do
    w.backoff[n] = b
    if t + b >= stop then break end
    t, n, b = t + b + w.refuse, n + 1, math.min(2 * b, w.max)
  end
  w.most = n + 1
  -- the fewest crashes a right supervisor sees: waits of 1.5 times the
  -- backoff (jitter) plus a millisecond
  local t2, b2, n2 = w.from + w.refuse, w.min, 1
  while t2 + 1.5 * b2 + w.refuse + 1 < stop do
    t2, n2, b2 = t2 + 1.5 * b2 + w.refuse + 1, n2 + 1, math.min(2 * b2, w.max)
  end
  w.least = (w.from < w.run) and n2 or 0
  -- the poller is back at the latest max + refuse after the outage: the
  -- prices it must have applied by the shutdown, with some slack
  local back = w.to + w.max + w.refuse
  w.items = 0
  if back < w.run then w.items = math.floor((w.run - back) / w.latency) - 3 end
  w.desc = string.format("outage %d-%dms of a %gms run, backoff %d..%dms", w.from, w.to, w.run, w.min, w.max)
  w.desc_zh = string.format("运行 %gms，%d-%dms 故障，退避 %d..%dms", w.run, w.from, w.to, w.min, w.max)
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
  local crashes = lab.events(r, { kind = "panic" })
  if r.status == "limit" then
    return false, say{
      en = "the run never ended" .. where(w) .. " (" .. #crashes .. " crashes so far): " .. lab.explain(r) ..
           "\nDoes supervise return when ctx is done?",
      zh = "程序一直没有结束" .. where(w) .. "（已崩溃 " .. #crashes .. " 次）：" .. lab.explain(r) ..
           "\nctx 结束时 supervise 返回了吗？" }
  end
  if r.status ~= "exit" then
    return false, say{ en = "the service does not shut down normally" .. where(w) .. ": ",
                       zh = "服务没有正常关闭" .. where(w) .. "：" } .. lab.explain(r)
  end
  if (r.events_total or 0) > #r.events then
    -- the work makes a few thousand events at most; this many come from a
    -- loop that never blocks, and the trace no longer holds the start
    return false, say{
      en = string.format("the program made %d runtime events%s, far more than the work needs: a loop spins or polls instead of blocking " ..
                         "(on an atomic, a flag, len of a channel, runtime.Gosched or a short time.Sleep). Wait by blocking: a channel, a select, a WaitGroup.",
                         r.events_total, where(w)),
      zh = string.format("程序产生了 %d 个运行时事件%s，远多于这份工作所需：有循环在空转或轮询而不是阻塞" ..
                         "（围着原子变量、标志、channel 的 len、runtime.Gosched 或很短的 time.Sleep）。请用阻塞来等待：channel、select、WaitGroup。",
                         r.events_total, where(w)) }
  end
  if #r.races > 0 then
    return false, say{ en = "data race" .. where(w) .. ": ", zh = "数据竞争" .. where(w) .. "：" } .. lab.explain(r.races[1])
  end
  if #r.leaked > 0 then
    return false, say{
      en = "goroutines are still running after the service shut down" .. where(w) .. ": " .. lab.explain(r.leaked) ..
           "\nA restart must not outlive supervise: run the poller in supervise's own loop, or wait for it.",
      zh = "服务关闭后仍有 goroutine 在运行" .. where(w) .. "：" .. lab.explain(r.leaked) ..
           "\n重启出来的 poller 不能比 supervise 活得更久：在 supervise 自己的循环里运行它，或者等它结束。" }
  end
  -- the summary is the world's: main prints it after supervise returned
  local outs = lab.events(r, { kind = "output" })
  local last = outs[#outs]
  if not last or last.func ~= "main.main" then
    return false, say{
      en = "the service's summary must be the last thing printed, by the service itself after supervise returns" .. where(w) ..
           ": supervise printed after it or ended the program (os.Exit). Return from supervise when ctx is done.",
      zh = "服务的总结必须是最后的输出，由服务自己在 supervise 返回后打印" .. where(w) ..
           "：supervise 在它之后还在打印，或者结束了程序（os.Exit）。ctx 结束时从 supervise 返回。" }
  end
  local items, logged, after, late
  for a, b, c, d in r.stdout:gmatch("price service down: (%d+) prices applied, (%d+) crashes logged, (%d+) polls after shutdown, supervise returned (%-?%d+)ms after shutdown") do
    items, logged, after, late = tonumber(a), tonumber(b), tonumber(c), tonumber(d)
  end
  if not items then
    return false, say{ en = "the service's last line is missing" .. where(w) .. ":\n", zh = "缺少服务的最后一行输出" .. where(w) .. "：\n" } .. r.stdout
  end
  if late < 0 then
    return false, say{
      en = string.format("supervise returned %dms before the shutdown%s, after %d crash(es): the poller was not restarted. Keep restarting it until ctx is done.",
                         -late, where(w), #crashes),
      zh = string.format("supervise 在关闭前 %dms 就返回了%s（崩溃 %d 次之后）：poller 没有被重启。在 ctx 结束之前要一直重启它。",
                         -late, where(w), #crashes) }
  end
  -- the outage the grader set up happened, when the grader set it up
  if strict and (#crashes < w.least or (w.least > 0 and (crashes[1].t < (w.from + w.refuse) * MS or crashes[1].t > (w.from + w.latency + w.refuse + 1) * MS))) then
    return false, say{
      en = string.format("the poller crashed %d time(s)%s, the first at %s; the feed is down from %dms, so a supervisor that follows the policy " ..
                         "sees its first crash by %dms and at least %d crash(es). Leave the world's feed and policy as they are.",
                         #crashes, where(w), crashes[1] and string.format("%.1fms", crashes[1].t / MS) or "never", w.from,
                         w.from + w.latency + w.refuse, w.least),
      zh = string.format("poller 崩溃了 %d 次%s，第一次在 %s；feed 从 %dms 起故障，遵守策略的 supervisor 会在 %dms 之前第一次崩溃，" ..
                         "并且至少崩溃 %d 次。不要改动世界里的 feed 和策略。",
                         #crashes, where(w), crashes[1] and string.format("%.1fms", crashes[1].t / MS) or "从未", w.from,
                         w.from + w.latency + w.refuse, w.least) }
  end
  -- (explored: the timing adversary may hold the shutdown back while the
  -- backoffs run on; the crashes until the run's end count)
  local counted = #crashes
  if not strict then
    counted = 0
    for _, c in ipairs(crashes) do
      if c.t <= w.run * MS then counted = counted + 1 end
    end
  end
  if counted > w.most then
    return false, say{
      en = string.format("the poller crashed %d times during the outage%s; with a backoff of %dms doubling up to %dms it would crash at most %d times. " ..
                         "supervise restarts it in a tight loop, hammering the broken feed: wait before each restart.",
                         counted, where(w), w.min, w.max, w.most),
      zh = string.format("故障期间 poller 崩溃了 %d 次%s；按 %dms 起、每次翻倍、最多 %dms 的退避，最多只会崩溃 %d 次。" ..
                         "supervise 在紧凑的循环里立即重启，不停地冲击已经坏掉的 feed：每次重启前都要等待。",
                         counted, where(w), w.min, w.max, w.most) }
  end
  for i = 1, #crashes - 1 do
    local gap = crashes[i + 1].t - crashes[i].t
    local want = w.backoff[i] or w.max
    -- in a plain run the restart comes after the backoff (jitter up to
    -- half of it allowed) and one answer of the broken proxy
    if strict and gap > (want * 1.5 + w.refuse + 1) * MS then
      return false, say{
        en = string.format("crash %d came %.1fms after crash %d%s, but the restart policy asks for %dms there " ..
                           "(BackoffMin = %dms after the first crash in a row, twice as long after each next one, at most BackoffMax = %dms): " ..
                           "the poller stays down longer than it should.",
                           i + 1, gap / MS, i, where(w), want, w.min, w.max),
        zh = string.format("第 %d 次崩溃发生在第 %d 次之后 %.1fms%s，而重启策略要求这里等 %dms" ..
                           "（连续崩溃时，第一次后等 BackoffMin = %dms，之后每次翻倍，最多 BackoffMax = %dms）：poller 停机的时间比应有的长。",
                           i + 1, i, gap / MS, where(w), want, w.min, w.max) }
    end
    if gap < want * MS then
      return false, say{
        en = string.format("crash %d came %.1fms after crash %d%s, but the restart policy asks for at least %dms there " ..
                           "(BackoffMin = %dms after the first crash in a row, twice as long after each next one, at most BackoffMax = %dms).",
                           i + 1, gap / MS, i, where(w), want, w.min, w.max),
        zh = string.format("第 %d 次崩溃发生在第 %d 次之后 %.1fms%s，而重启策略要求这里至少等 %dms" ..
                           "（连续崩溃时，第一次后等 BackoffMin = %dms，之后每次翻倍，最多 BackoffMax = %dms）。",
                           i + 1, i, gap / MS, where(w), want, w.min, w.max) }
    end
  end
  local reports = #lab.events(r, { kind = "output", func = "main.LogCrash" })
  -- each report carries the recovered value: the poller's runtime error
  local values = 0
  for v in r.stdout:gmatch("poller crashed %(%d+%): ([^\n]*)") do
    if v:find("index out of range", 1, true) then values = values + 1 end
  end
  if reports == #crashes and values < reports then
    return false, say{
      en = string.format("%d of the %d crash reports%s do not say what the poller panicked with: call LogCrash with the value recover returned " ..
                         "(here `runtime error: index out of range ...`), so whoever reads the log knows what broke.",
                         reports - values, reports, where(w)),
      zh = string.format("%d 条崩溃报告中有 %d 条%s没有说明 poller 因什么 panic：用 recover 返回的值调用 LogCrash" ..
                         "（这里是 `runtime error: index out of range ...`），看日志的人才知道坏在哪里。",
                         reports, reports - values, where(w)) }
  end
  if logged ~= #crashes or reports ~= #crashes then
    logged = math.min(logged, reports)
    return false, say{
      en = string.format("the poller crashed %d times but %d crash(es) were reported with LogCrash%s: a supervisor never swallows a panic silently; call LogCrash once with each recovered value.",
                         #crashes, logged, where(w)),
      zh = string.format("poller 崩溃了 %d 次，但只有 %d 次用 LogCrash 报告了%s：supervisor 绝不能悄悄吞掉 panic；每个 recover 到的值都要调用一次 LogCrash。",
                         #crashes, logged, where(w)) }
  end
  if after > (strict and 0 or 1) then
    return false, say{
      en = after .. " poll(s) were started after the service shut down" .. where(w) .. ": once ctx is done, do not restart.",
      zh = "服务关闭后又启动了 " .. after .. " 次轮询" .. where(w) .. "：ctx 结束后就不要再重启。" }
  end
  -- when supervise returned: main prints the summary at once after it
  local late_ns = last.t - w.run * MS
  if strict and (late > 0 or late_ns > 200000) then
    return false, say{
      en = string.format("supervise returned %.3fms after the shutdown%s: it was waiting out a backoff. Wait with a select on ctx.Done() and a timer, not with time.Sleep.",
                         late_ns / MS, where(w)),
      zh = string.format("supervise 在关闭之后 %.3fms 才返回%s：它在等退避时间结束。用 select 同时等 ctx.Done() 和定时器，而不是 time.Sleep。",
                         late_ns / MS, where(w)) }
  end
  if strict and items < w.items then
    return false, say{
      en = string.format("only %d prices were applied%s; a poller restarted soon after the outage applies at least %d. Keep restarting the poller, at most BackoffMax apart.",
                         items, where(w), w.items),
      zh = string.format("只应用了 %d 个价格%s；故障结束后及时重启的 poller 至少会应用 %d 个。要一直重启 poller，间隔最多 BackoffMax。",
                         items, where(w), w.items) }
  end
  return true
end

for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args, limits = { steps = 5e6 } }
  local ok, why = judge(r, w, true)
  check("world " .. w.id, ok, why)
end
for i, w in ipairs(explored) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 80, mode = mode, seed = 7 * i, args = w.args, limits = { steps = 5e6 },
                             check = function(r) return judge(r, w, false) end }
    check("explore " .. mode .. " " .. w.id, all.failed == 0,
          say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end
return pass(say{
  en = "Every crash is reported, each restart waits a doubling backoff, the poller comes back after the outage, and supervise stops at once on shutdown — in every world, on every schedule tried.",
  zh = "每次崩溃都有报告，每次重启前按翻倍的退避等待，故障过后 poller 能恢复，服务关闭时 supervise 立即停止——在每个世界、尝试的每种调度下都成立。" })
