-- Grader: in every world, each file is read by its own goroutine, at the same
-- time as the others; every line is sent on `lines` and counted; `lines` is
-- closed exactly once, after the last send; no panic, no race, nothing left
-- blocked. Several worlds (files, sizes, read times the starter never shows),
-- the race detector, and explored schedules (random and PCT, with the timing
-- adversary).
local say = lab.say
local check = lab.check

-- The worlds: world.go reads -files=name:lines:time-per-line,... and -flush.
local worlds = {
  { id = "story", files = "app.log:3:7ms,db.log:2:6ms,nginx.log:4:9ms" },
  -- five files; the biggest is the fastest, one is empty, one is slow
  { id = "five-files", files = "access.log:12:1ms,error.log:1:40ms,audit.log:3:60ms,empty.log:0:1ms,mail.log:6:2ms",
    flush = "5ms" },
  -- two files
  { id = "two-files", files = "auth.log:7:3ms,cron.log:5:4ms", flush = "1ms" },
  -- four readers that all finish at the same instant
  { id = "same-time", files = "x.log:4:5ms,y.log:4:5ms,z.log:2:10ms,w.log:1:20ms", flush = "20ms" },
}

for _, w in ipairs(worlds) do
  w.args = { "-files=" .. w.files }
  if w.flush then w.args[2] = "-flush=" .. w.flush end
  w.total, w.nonempty, w.nfiles = 0, 0, 0
  for size in w.files:gmatch(":(%d+):") do
    w.total = w.total + tonumber(size)
    w.nfiles = w.nfiles + 1
    if tonumber(size) > 0 then w.nonempty = w.nonempty + 1 end
  end
end

local function where(w)
  return say{ en = " (world `" .. w.id .. "`: " .. w.files .. ")",
              zh = "（世界 `" .. w.id .. "`：" .. w.files .. "）" }
end

-- The events on the channel named `lines`: by the events' chan field, or by
-- the channel's id when the runtime does not name channels in events.
local function lines_events(r)
  local id
  for _, c in pairs(r.channels or {}) do
    if c.name == "lines" then id = c.id end
  end
  local ev = { send = {}, close = {}, found = id ~= nil }
  for i, e in ipairs(r.events) do
    local on = (e.chan ~= nil and e.chan == "lines") or (e.chan == nil and id ~= nil and e.a == id)
    if on and e.kind == "chan send" then ev.send[#ev.send + 1] = i
    elseif on and e.kind == "chan close" then ev.close[#ev.close + 1] = i
    end
    if e.chan == "lines" then ev.found = true end
  end
  return ev
end

-- The most sending goroutines alive at once (from their go create / go end).
local function senders_at_once(r, sends)
  local senders, born, died = {}, {}, {}
  for _, i in ipairs(sends) do senders[r.events[i].g] = true end
  for i, e in ipairs(r.events) do
    if e.kind == "go create" and senders[e.a] then born[e.a] = i end
    if e.kind == "go end" and senders[e.g] then died[e.g] = i end
  end
  local marks = {}
  for g in pairs(senders) do
    marks[#marks + 1] = { born[g] or 0, 1 }
    marks[#marks + 1] = { died[g] or math.huge, -1 }
  end
  table.sort(marks, function(a, b) return a[1] < b[1] end)
  local n, most = 0, 0
  for _, m in ipairs(marks) do
    n = n + m[2]
    if n > most then most = n end
  end
  return most
end

local function judge(r, w)
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "panic" then
    local p = r.panic or ""
    if p:find("send on closed", 1, true) then
      return false, say{
        en = "panic: send on closed channel — `lines` was closed while another reader still had lines to send" ..
             where(w) .. ". Only the one who knows that every reader has finished may close it.",
        zh = "panic: send on closed channel——还有读取者要发送时 `lines` 就被关闭了" .. where(w) ..
             "。只有知道所有读取者都已结束的那一方才能关闭它。" }
    elseif p:find("close of closed", 1, true) then
      return false, say{
        en = "panic: close of closed channel — more than one goroutine closes `lines`" .. where(w) ..
             ". A channel has one owner of its close.",
        zh = "panic: close of closed channel——不止一个 goroutine 关闭了 `lines`" .. where(w) ..
             "。一个 channel 只能有一个关闭者。" }
    end
    return false, say{ en = "the program panics" .. where(w) .. ": ", zh = "程序 panic 了" .. where(w) .. "：" } .. p
  end
  if r.races and #r.races > 0 then
    return false, say{ en = "data race" .. where(w) .. ": ", zh = "数据竞争" .. where(w) .. "：" } ..
      lab.explain(r.races[1]) ..
      say{ en = "\nThe readers share this variable without synchronisation: use a WaitGroup, a channel, a mutex or one atomic operation.",
           zh = "\n读取者之间没有同步地共享了这个变量：请用 WaitGroup、channel、互斥锁或单个原子操作。" }
  end
  if r.status == "deadlock" then
    local open = false
    for _, c in pairs(r.channels or {}) do
      if c.name == "lines" and not c.closed then open = true end
    end
    if open then
      return false, say{
        en = "`lines` was never closed, so the shipper's range waits forever" .. where(w) ..
             ". Whoever closes must know for sure that every reader has finished: count them in one step " ..
             "(a WaitGroup, one atomic Add, or the read and the write under one lock), and never assume how many files there are.\n",
        zh = "`lines` 始终没有被关闭，shipper 的 range 永远在等" .. where(w) ..
             "。关闭者必须确切知道所有读取者都已结束：一步完成计数（WaitGroup、一次原子 Add，或在同一把锁内读和写），" ..
             "也不要假设文件有几个。\n" } .. lab.explain(r)
    end
  end
  if r.status ~= "exit" then
    return false, say{ en = "main does not return normally" .. where(w) .. ": ",
                       zh = "main 没有正常返回" .. where(w) .. "：" } .. lab.explain(r)
  end
  if #r.leaked > 0 then
    local closed = false
    for _, c in pairs(r.channels or {}) do
      if c.name == "lines" and c.closed then closed = true end
    end
    if closed then
      return false, say{
        en = "`lines` was closed and main returned while readers were still reading" .. where(w) ..
             " — they would panic at their next send. Close only when every reader has finished.\n",
        zh = "读取者还在读文件时 `lines` 就被关闭、main 也返回了" .. where(w) ..
             "——它们下一次发送就会 panic。只有在所有读取者都结束后才能关闭。\n" } .. lab.explain(r.leaked)
    end
    return false, say{ en = "goroutines are left blocked when main returns" .. where(w) .. ": ",
                       zh = "main 返回时还有 goroutine 阻塞着" .. where(w) .. "：" } .. lab.explain(r.leaked)
  end
  local want = "shipped " .. w.total .. " lines"
  local printed = r.stdout:match("shipped %d+ lines") or r.stdout:gsub("\n$", "")
  if not ("\n" .. r.stdout):find("\n" .. want .. "\n", 1, true) then
    return false, say{
      en = "the files hold " .. w.total .. " lines, so main should print `" .. want .. "`, but it printed `" ..
           printed .. "`" .. where(w) .. ". Count the lines you receive: do not assume the story's files.",
      zh = "这些文件共有 " .. w.total .. " 行，main 应打印 `" .. want .. "`，实际打印的是 `" .. printed .. "`" ..
           where(w) .. "。请数实际收到的行，不要假设故事里的文件。" }
  end
  local ev = lines_events(r)
  if not ev.found then
    return false, say{ en = "no channel named `lines` was made" .. where(w) ..
                            ": the readers must send the lines to the shipper on `lines`.",
                       zh = "没有创建名为 `lines` 的 channel" .. where(w) .. "：读取者要通过 `lines` 把行发给 shipper。" }
  end
  if #ev.send ~= w.total then
    return false, say{
      en = string.format("%d lines were sent on `lines`, but the files hold %d%s: every line read must be sent to the shipper.",
                         #ev.send, w.total, where(w)),
      zh = string.format("`lines` 上发送了 %d 行，而文件共有 %d 行%s：读到的每一行都要发给 shipper。",
                         #ev.send, w.total, where(w)) }
  end
  for _, i in ipairs(ev.send) do
    if r.events[i].g == 1 then
      return false, say{ en = "main itself sends on `lines`" .. where(w) .. ": each file should be read by its own goroutine.",
                         zh = "main 自己在向 `lines` 发送" .. where(w) .. "：每个文件应由自己的 goroutine 读取。" }
    end
  end
  if w.nonempty >= 2 and senders_at_once(r, ev.send) < 2 then
    return false, say{
      en = "the files are read one after another, never at the same time" .. where(w) ..
           ": start a reader goroutine per file and let them run together.",
      zh = "文件是一个接一个读取的，从没有同时读取" .. where(w) .. "：为每个文件启动一个读取 goroutine，让它们同时运行。" }
  end
  if #ev.close ~= 1 then
    return false, say{
      en = string.format("`lines` was closed %d times%s: close it exactly once, after the last send, so that the shipper's range ends.",
                         #ev.close, where(w)),
      zh = string.format("`lines` 被关闭了 %d 次%s：在最后一次发送之后恰好关闭一次，shipper 的 range 才会结束。",
                         #ev.close, where(w)) }
  end
  if ev.close[1] < ev.send[#ev.send] then
    return false, say{ en = "`lines` was closed before its last send" .. where(w) .. ".",
                       zh = "`lines` 在最后一次发送之前就被关闭了" .. where(w) .. "。" }
  end
  return true
end

-- One plain run per world (the lab's run), then explored schedules.
for _, w in ipairs(worlds) do
  local r = lab.run{ seed = 1, race = true, args = w.args }
  local ok, why = judge(r, w)
  check("world " .. w.id, ok, why)
end
local budget = { story = 80, ["five-files"] = 60, ["two-files"] = 40, ["same-time"] = 120 }
for _, w in ipairs(worlds) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = budget[w.id] // 2, mode = mode, seed = 7, race = true, args = w.args,
                             check = function(r) return judge(r, w) end }
    check("explore " .. mode .. " " .. w.id, all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } ..
      (all.first_failure or ""))
  end
end
return pass(say{
  en = "One owner closes `lines`, once, after every reader has finished — with any files, on every schedule tried.",
  zh = "由唯一的关闭者在所有读取者结束后关闭 `lines`，只关一次——无论什么文件、尝试的每种调度都如此。" })
