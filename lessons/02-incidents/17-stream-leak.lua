-- Grader: in every world (logs, line rates, deadlines, broken streams) each
-- lookup opens its service's stream once and reports the right answer (the
-- first ERROR line, "no ERROR line", the stream's error, or the deadline), as
-- soon as it knows it (it does not read on to the end of the stream); no
-- stream's transport goroutine is left running when the monitor is done; no
-- race. Plain runs with the race detector, then explored schedules (random
-- and PCT, with the timing adversary).
local say, check = lab.say, lab.check

-- world.go reads -streams=svc:lines:first,... -every= -deadline= -fail=svc:line
local worlds = {
  { id = "story", streams = "api:12:5,db:6:0,auth:30:2", every = 10 },
  -- deadlines: one lookup runs out of time, one log has no ERROR
  { id = "deadlines", streams = "pay:50:40,cart:3:1,mail:20:0,cdn:9:4", every = 5, deadline = 150 },
  -- a stream that breaks before its ERROR line, another that breaks after it
  { id = "broken", streams = "queue:10:6,cache:8:2,search:4:0", every = 7, fail = "queue:3" },
  -- long logs with early errors
  { id = "long-logs", streams = "edge:300:1,core:250:3,batch:2:2", every = 2 },
}
-- The explored worlds (explore runs each one on many schedules): the
-- deadlines world in shorter logs, a lookup still running out of time.
local explored = {
  worlds[1],
  { id = "deadlines", streams = "pay:16:14,mail:6:0,cdn:5:3", every = 5, deadline = 50 },
  worlds[3],
  worlds[4],
}
local function setup(w)
  w.args = { "-streams=" .. w.streams, "-every=" .. w.every .. "ms", "-deadline=" .. (w.deadline or 0) .. "ms" }
  if w.fail then w.args[#w.args + 1] = "-fail=" .. w.fail end
  local fail_svc, fail_at = (w.fail or ""):match("^(%w+):(%d+)$")
  w.lookups = {}
  for svc, n, first in w.streams:gmatch("(%w+):(%d+):(%d+)") do
    n, first = tonumber(n), tonumber(first)
    local L = { svc = svc }
    local fa = (svc == fail_svc) and tonumber(fail_at) or 0
    if fa > 0 and (first == 0 or fa <= first) and fa <= n then
      L.err, L.ms = "rpc error: code = Unavailable desc = stream reset", fa * w.every
    elseif first > 0 then
      L.line, L.ms = string.format("%s line %d: ERROR", svc, first), first * w.every
    else
      L.err, L.ms = "no ERROR line", n * w.every
    end
    -- the lines the lookup must have received from the stream to know it
    if L.line then L.recv = first elseif fa > 0 and L.err ~= "no ERROR line" then L.recv = fa - 1 else L.recv = n end
    if w.deadline and L.ms >= w.deadline then
      L.err, L.line, L.ms, L.recv = "context deadline exceeded", nil, w.deadline, 0
    end
    w.lookups[#w.lookups + 1] = L
  end
  w.desc = string.format("logs %s, a line every %dms%s%s", w.streams, w.every,
                         w.deadline and (", deadline " .. w.deadline .. "ms") or "", w.fail and (", " .. w.fail .. " breaks") or "")
  w.desc_zh = string.format("日志 %s，每 %dms 一行%s%s", w.streams, w.every,
                            w.deadline and ("，截止时间 " .. w.deadline .. "ms") or "", w.fail and ("，" .. w.fail .. " 处中断") or "")
end
for _, w in ipairs(worlds) do setup(w) end
setup(explored[2])

local function where(w)
  return say{ en = " (world `" .. w.id .. "`: " .. w.desc .. ")", zh = "（世界 `" .. w.id .. "`：" .. w.desc_zh .. "）" }
end

local function judge(r, w, strict)
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status ~= "exit" then
    return false, say{ en = "the monitor does not finish normally" .. where(w) .. ": ",
                       zh = "监控程序没有正常结束" .. where(w) .. "：" } .. lab.explain(r)
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
  local outs = lab.events(r, { kind = "output", a = 1 })
  if #outs == 0 or outs[#outs].func ~= "main.main" or outs[#outs].file ~= "world.go" or not r.stdout:find("monitor done\n$") then
    return false, say{ en = "the monitor's report is missing" .. where(w) .. ": let main (in world.go) run every lookup and finish.\n",
                       zh = "缺少监控程序的报告" .. where(w) .. "：让 world.go 里的 main 完成每次查找并结束。\n" } .. r.stdout
  end
  local opened = #lab.events(r, { kind = "go create", fn = "main.(*Stream).transport" })
  if opened ~= #w.lookups then
    return false, say{
      en = string.format("%d streams were opened for %d lookups%s: each lookup reads its service's log from the stream, once.", opened, #w.lookups, where(w)),
      zh = string.format("%d 次查找打开了 %d 个流%s：每次查找都要从流里读取该服务的日志，而且只打开一次。", #w.lookups, opened, where(w)) }
  end
  if strict then
    -- the answers come from the streams: count the lines received from them
    local streams, want, recvd = {}, 0, 0
    for _, e in ipairs(lab.events(r, { kind = "chan make", func = "main.OpenStream" })) do streams[e.a] = true end
    for _, e in ipairs(lab.events(r, { kind = "chan recv" })) do
      if streams[e.a] then recvd = recvd + 1 end
    end
    for _, L in ipairs(w.lookups) do want = want + L.recv end
    if recvd < want then
      return false, say{
        en = string.format("the lookups received %d lines from their streams%s, but the answers need at least %d: " ..
                           "each lookup must find its answer by reading its stream (stream.Recv), not elsewhere.", recvd, where(w), want),
        zh = string.format("各次查找只从流里收到了 %d 行%s，而得出这些答案至少需要 %d 行：" ..
                           "每次查找都必须通过读取自己的流（stream.Recv）得到答案，而不是从别处。", recvd, where(w), want) }
    end
  end
  local got = {}
  for n, rest in r.stdout:gmatch("lookup (%d+) %(%w+%): ([^\n]*)") do got[tonumber(n)] = rest end
  for i, L in ipairs(w.lookups) do
    local line = got[i]
    local want = L.line and string.format("%q", L.line) or ("error: " .. L.err)
    local ok = line and line:sub(1, #want + 2) == want .. ", "
    if not ok and not strict and w.deadline and line and line:find("^error: context deadline exceeded, ") then
      ok = true -- starved past the deadline by the timing adversary: a fair answer
    end
    if not ok then
      return false, say{
        en = string.format("lookup %d (%s) should report %s%s, but it reported: %s", i, L.svc, want, where(w), line or "nothing"),
        zh = string.format("第 %d 次查找（%s）应当报告 %s%s，实际报告的是：%s", i, L.svc, want, where(w), line or "（无）") }
    end
    local took = line:match(", after ([%d%.]+)ms$") or (line:match(", after 0s$") and "0")
    local secs = line:match(", after ([%d%.]+)s$")
    took = tonumber(took) or (secs and tonumber(secs) * 1000)
    if strict and took and took > L.ms + 2 then
      return false, say{
        en = string.format("lookup %d (%s) took %gms, but its answer was known after %dms%s: it kept reading the stream after it was done with it. " ..
                           "Stop reading, and end the stream by cancelling its context.", i, L.svc, took, L.ms, where(w)),
        zh = string.format("第 %d 次查找（%s）用了 %gms，而答案在 %dms 时就已经知道了%s：用完之后它还在继续读流。" ..
                           "停止读取，并通过取消流的 context 来结束它。", i, L.svc, took, L.ms, where(w)) }
    end
  end
  if #r.leaked > 0 then
    return false, say{
      en = #r.leaked .. " goroutine(s) are still running when the monitor is done" .. where(w) .. ": " .. lab.explain(r.leaked) ..
           "\nA stream that is neither read to its end nor cancelled keeps its transport goroutine waiting, forever. Which lookups stop reading early?",
      zh = "监控程序结束时仍有 " .. #r.leaked .. " 个 goroutine 在运行" .. where(w) .. "：" .. lab.explain(r.leaked) ..
           "\n一个既没有读到结尾、也没有被取消的流，会让它的传输 goroutine 永远等下去。哪些查找提前停止了读取？" }
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
    local all = lab.explore{ runs = 80, mode = mode, seed = 13 * i, args = w.args,
                             check = function(r) return judge(r, w, false) end }
    check("explore " .. mode .. " " .. w.id, all.failed == 0,
          say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end
return pass(say{
  en = "Every lookup ends its stream when it is done with it: the right answer as soon as it is known, and no transport goroutine left behind — in every world, on every schedule tried.",
  zh = "每次查找用完流就结束它：答案一出来就返回，也没有留下任何传输 goroutine——在每个世界、尝试的每种调度下都成立。" })
