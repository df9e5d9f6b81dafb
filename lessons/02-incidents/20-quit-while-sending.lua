-- Grader: for every stream (which lines are errors, how many the page needs,
-- how slow the stream and the pager are) and every explored schedule, the
-- page holds the first K errors in order; a feed goroutine (not main) reads
-- the stream; once main has its page the feed is told to stop and has
-- returned before main does, even if it was waiting to send; nothing panics
-- (not even a recovered panic) and `lines` is never closed by its reader.
local say, check = lab.say, lab.check

local texts = { [0] = "disk full", "upstream timeout", "connection reset", "bad checksum" }

local function world(id, errors, want, latency, pager, desc)
  local lines = {}
  for n in errors:gmatch("%d+") do
    n = tonumber(n)
    if #lines < want then lines[#lines + 1] = string.format("  #%d ERROR %s", n, texts[n % 4]) end
  end
  local page = string.format("PAGE: %d errors\n", want) .. table.concat(lines, "\n") .. "\n"
  -- the stream's line number of the K-th error: main has received that many lines
  local nth, i = 0, 0
  for n in errors:gmatch("%d+") do
    i = i + 1
    if i == want then nth = tonumber(n) end
  end
  return { id = id, desc = desc, want = page, k = want, nth = nth,
           args = { "-errors=" .. errors, "-want=" .. want, "-latency=" .. latency, "-pager=" .. pager },
           spec = string.format("errors %s, want %d, %s a line, pager %s", errors, want, latency, pager) }
end

local worlds = {
  world("story", "4,9,11,30", 3, "5ms", "80ms", "the story's stream"),
  world("noisy", "1,2,3,4,5,6,7,8", 5, "1ms", "10ms", "every line an error, a page of five"),
  world("slow-stream", "2,40", 2, "50ms", "1ms", "a slow stream, a quick pager"),
  world("quiet", "20", 1, "2ms", "300ms", "one error, a slow pager"),
}

local function where(w)
  return say{ en = " (stream `" .. w.id .. "`: " .. w.spec .. ")", zh = "（日志流 `" .. w.id .. "`：" .. w.spec .. "）" }
end

local function judge(r, w)
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "panic" then
    local p = tostring(r.panic)
    local why = ""
    if p:find("closed channel", 1, true) then
      why = say{ en = "\nA reader never closes the channel it reads from: the feed is still sending on it. Tell the feed to stop with `quit`, and let it stop itself.",
                 zh = "\n读取方永远不要关闭自己读取的 channel：feed 还在往里发送。用 `quit` 通知 feed 停下，由它自己退出。" }
    end
    return "no panic", say{ en = "the program panicked" .. where(w) .. ": ", zh = "程序 panic 了" .. where(w) .. "：" } .. p .. why
  end
  if r.status == "deadlock" then
    return "no deadlock", lab.explain(r) .. where(w) .. say{
      en = "\nWho is waiting for a value or a close that nobody will ever send?",
      zh = "\n谁在等一个永远没人发送的值或关闭？" }
  end
  if r.status ~= "exit" or (r.exit_code ~= 0 and r.exit_code ~= 66) then
    return "main returns", say{ en = "main should return normally" .. where(w) .. ": ",
                                zh = "main 应当正常返回" .. where(w) .. "：" } .. lab.explain(r)
  end
  if (r.events_total or 0) > #r.events then
    -- a program that only waits makes a few hundred events; this many come
    -- from a loop that never blocks, and the trace no longer holds the start
    return "no busy waiting", say{
      en = string.format("the program made %d runtime events%s, far more than the work needs: a loop spins or polls instead of blocking " ..
                         "(on an atomic, a flag, runtime.Gosched or a short time.Sleep). Wait by blocking: a channel, a WaitGroup, an errgroup.",
                         r.events_total, where(w)),
      zh = string.format("程序产生了 %d 个运行时事件%s，远多于这份工作所需：有循环在空转或轮询而不是阻塞" ..
                         "（围着原子变量、标志、runtime.Gosched 或很短的 time.Sleep）。请用阻塞来等待：channel、WaitGroup、errgroup。",
                         r.events_total, where(w)) }
  end
  if r.races and #r.races > 0 then
    return "no data race", say{ en = "data race" .. where(w) .. ": ", zh = "数据竞争" .. where(w) .. "：" } ..
      lab.explain(r.races[1])
  end
  if r.stdout ~= w.want then
    return "the page is right", say{
      en = "the page should be\n" .. w.want .. "but it was\n" .. r.stdout .. where(w) ..
           ": the first " .. w.k .. " errors of the stream, in order, none dropped.",
      zh = "page 应当是\n" .. w.want .. "实际是\n" .. r.stdout .. where(w) ..
           "：日志流中按顺序的前 " .. w.k .. " 个错误，一个也不能丢。" }
  end
  local feeders = {}
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and e.func == "main.Next" then
      if e.g == 1 then
        return "a feed goroutine reads the stream", say{
          en = "main reads the stream itself" .. where(w) .. ": keep the feed goroutine that tails the log and sends on `lines`.",
          zh = "main 自己在读日志流" .. where(w) .. "：保留那个读取日志并发送到 `lines` 的 feed goroutine。" }
      end
      feeders[e.g] = true
    elseif e.kind == "panic" then
      return "nothing panics", say{
        en = "a panic happened" .. where(w) .. " (even if recovered): a send on a closed channel is not a way to stop a goroutine. Use `quit`.",
        zh = "发生了 panic" .. where(w) .. "（即使被 recover 了）：向已关闭的 channel 发送不是停止 goroutine 的办法，请用 `quit`。" }
    end
  end
  local senders, sent = {}, 0
  for _, e in ipairs(lab.events(r, { kind = "chan send", chan = "lines" })) do
    senders[e.g] = true
    if feeders[e.g] then sent = sent + 1 end
  end
  if sent < w.nth then
    return "the feed sends the stream on `lines`", say{
      en = string.format("the page needs the stream's first %d lines, but the feed sent %d lines on `lines`%s: " ..
                         "a feed goroutine reads the stream with Next and sends each line on `lines`, and main builds the page from them.",
                         w.nth, sent, where(w)),
      zh = string.format("page 需要日志流的前 %d 行，但 feed 只在 `lines` 上发送了 %d 行%s：" ..
                         "由 feed goroutine 用 Next 读取日志流，把每一行发送到 `lines`，main 用它们组成 page。",
                         w.nth, sent, where(w)) }
  end
  for _, e in ipairs(lab.events(r, { kind = "chan close", chan = "lines" })) do
    if not senders[e.g] then
      return "only the feed closes `lines`", say{
        en = "`lines` was closed by goroutine " .. e.g .. ", which never sends on it" .. where(w) ..
             ": the feed may still be sending. Only the sender closes.",
        zh = "`lines` 被从不向它发送的 goroutine " .. e.g .. " 关闭了" .. where(w) .. "：feed 可能还在发送。只有发送方才能关闭。" }
    end
  end
  local stuck = {}
  for _, gr in ipairs(r.leaked) do stuck[gr.id] = true end
  for g in pairs(feeders) do
    if stuck[g] then
      return "the feed has stopped before main returns", say{
        en = "the feed goroutine " .. g .. " had not returned when main did" .. where(w) .. ": " ..
             lab.explain(r.leaked) .. "\nIt must notice `quit` even while it waits to send (a `select` on both), " ..
             "and main must wait until it is gone.",
        zh = "main 返回时 feed goroutine " .. g .. " 还没有退出" .. where(w) .. "：" .. lab.explain(r.leaked) ..
             "\n它在等待发送时也必须能注意到 `quit`（同时 `select` 两者），main 也必须等它真正退出。" }
    end
  end
  if #r.leaked > 0 then
    return "no goroutine left blocked", say{
      en = "goroutines are still blocked when main returns" .. where(w) .. ": ",
      zh = "main 返回时仍有 goroutine 阻塞" .. where(w) .. "：" } .. lab.explain(r.leaked)
  end
  return nil
end

for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args, race = true }
  local name, msg = judge(r, w)
  check("stream " .. w.id .. (name and (": " .. name) or ""), name == nil, msg)
end
for i, w in ipairs(worlds) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = (i == 1) and 240 or 150, mode = mode, seed = 3 * i, args = w.args, race = true,
      check = function(r)
        local name, msg = judge(r, w)
        if name then return false, msg end
        return true
      end }
    check("stream " .. w.id .. ", explored (" .. mode .. ")", all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end

return pass(say{
  en = "The feed listens for `quit` while it waits to send, and main waits until it is gone: no stream, no schedule leaves it stranded.",
  zh = "feed 在等待发送时也在听 `quit`，main 等它真正退出：任何日志流、任何调度都不会把它遗留下来。" })
