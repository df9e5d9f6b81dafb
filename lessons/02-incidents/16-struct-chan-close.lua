-- Grader: in every world (clients, session lengths, socket speeds), every
-- message Sent is written to its socket, in order, before the socket is
-- closed; every socket is closed; each Conn's writer goroutine has ended when
-- the clients are gone (nothing left blocked on an outbox); the writes are done
-- by writer goroutines, not by the sessions' own Send; no race. Plain runs
-- with the race detector, then explored schedules (random and PCT, with the
-- timing adversary).
local say, check = lab.say, lab.check

-- world.go reads -msgs=N,N,... (one client each) -write=
local worlds = {
  { id = "story", msgs = "5,12,1", write = "2ms" },
  -- many clients, one of them silent, one long session
  { id = "crowd", msgs = "0,30,3,3,7,1", write = "1ms" },
  -- one long session on a slow socket: Send has to wait for room in the outbox
  { id = "long", msgs = "40", write = "5ms" },
  -- two short sessions on a very slow socket
  { id = "slow-socket", msgs = "2,2", write = "30ms" },
}
-- The explored worlds: the same stories with fewer clients and messages
-- (explore runs each one on many schedules); the long session still fills
-- its outbox.
local explored = {
  worlds[1],
  { id = "crowd", msgs = "0,10,2,1", write = "1ms" },
  { id = "long", msgs = "20", write = "5ms" },
  worlds[4],
}
local function setup(w)
  w.args = { "-msgs=" .. w.msgs, "-write=" .. w.write }
  w.sent, w.clients = 0, 0
  for n in w.msgs:gmatch("%d+") do w.sent, w.clients = w.sent + tonumber(n), w.clients + 1 end
  w.desc = string.format("%d clients sending %s messages, %s a write", w.clients, w.msgs, w.write)
  w.desc_zh = string.format("%d 个客户端，分别发送 %s 条消息，每次写 %s", w.clients, w.msgs, w.write)
end
for _, w in ipairs(worlds) do setup(w) end
for i = 2, 3 do setup(explored[i]) end

local function where(w)
  return say{ en = " (world `" .. w.id .. "`: " .. w.desc .. ")", zh = "（世界 `" .. w.id .. "`：" .. w.desc_zh .. "）" }
end

local function judge(r, w)
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "panic" then
    return false, say{ en = "the program panicked" .. where(w) .. ": " .. tostring(r.panic) ..
                            "\nA channel is closed once, by its owner, after its last send.",
                       zh = "程序 panic 了" .. where(w) .. "：" .. tostring(r.panic) ..
                            "\nchannel 只能由它的属主在最后一次发送之后关闭一次。" }
  end
  if r.status ~= "exit" then
    return false, say{ en = "the server does not exit normally" .. where(w) .. ": ",
                       zh = "服务器没有正常退出" .. where(w) .. "：" } .. lab.explain(r)
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
  local on_outbox = 0
  for _, g in ipairs(r.leaked) do
    if g.state == "chan receive" then on_outbox = on_outbox + 1 end
  end
  if on_outbox > 0 then
    return false, say{
      en = on_outbox .. " writer goroutine(s) are still waiting on their outbox after every client is gone" .. where(w) .. ": " ..
           lab.explain(r.leaked) .. "\nEach closed Conn leaves its writer blocked on an outbox that nobody will ever close. Who owns the outbox?",
      zh = "所有客户端都离开后，仍有 " .. on_outbox .. " 个 writer goroutine 在等自己的 outbox" .. where(w) .. "：" ..
           lab.explain(r.leaked) .. "\n每个关闭了的 Conn 都留下一个 writer，阻塞在一个永远没人关闭的 outbox 上。outbox 归谁所有？" }
  end
  local closed, written, sent, lost, order
  for a, b, c, d, e in r.stdout:gmatch("clients gone, (%d+) sockets closed: (%d+) of (%d+) messages written, (%d+) lost on a closed socket, (%d+) out of order") do
    closed, written, sent, lost, order = tonumber(a), tonumber(b), tonumber(c), tonumber(d), tonumber(e)
  end
  local outs = lab.events(r, { kind = "output", a = 1 })
  if not closed or #outs == 0 or outs[#outs].func ~= "main.main" or outs[#outs].file ~= "world.go" then
    return false, say{ en = "the server's report is missing" .. where(w) .. ":\n", zh = "缺少服务器的报告" .. where(w) .. "：\n" } .. r.stdout
  end
  if lost > 0 then
    return false, say{
      en = string.format("%d message(s) were written after their socket was closed, and lost%s: Close closed the socket while the writer was still writing. " ..
                         "Close must wait until the writer has drained the outbox.", lost, where(w)),
      zh = string.format("有 %d 条消息在 socket 关闭之后才写，丢失了%s：Close 关闭 socket 时 writer 还在写。" ..
                         "Close 必须等 writer 把 outbox 写完。", lost, where(w)) }
  end
  if written ~= w.sent then
    return false, say{
      en = string.format("%d of %d messages were written to the sockets%s: every message Sent before Close must be written.", written, w.sent, where(w)),
      zh = string.format("%d 条消息中只有 %d 条写进了 socket%s：Close 之前 Send 的每条消息都必须写出去。", w.sent, written, where(w)) }
  end
  if order > 0 then
    return false, say{ en = order .. " message(s) were written out of order" .. where(w) .. ": one writer per Conn keeps them in order.",
                       zh = "有 " .. order .. " 条消息写乱了顺序" .. where(w) .. "：每个 Conn 一个 writer 才能保持顺序。" }
  end
  if closed ~= w.clients then
    return false, say{ en = string.format("%d of %d sockets were closed%s: Close must close its socket.", closed, w.clients, where(w)),
                       zh = string.format("%d 个 socket 中只关闭了 %d 个%s：Close 必须关闭自己的 socket。", w.clients, closed, where(w)) }
  end
  if #r.leaked > 0 then
    return false, say{
      en = #r.leaked .. " goroutine(s) are still blocked after every client is gone" .. where(w) .. ": " .. lab.explain(r.leaked) ..
           "\nA closed Conn's writer is still writing, or waiting on an outbox that nobody will ever close. Close must end it: who owns the outbox?",
      zh = "所有客户端都离开后，仍有 " .. #r.leaked .. " 个 goroutine 阻塞着" .. where(w) .. "：" .. lab.explain(r.leaked) ..
           "\n已关闭的 Conn 的 writer 还在写，或者在等一个永远没人关闭的 outbox。Close 必须让它结束：outbox 归谁所有？" }
  end
  local sessions = {}
  for _, e in ipairs(lab.events(r, { kind = "go create", fn = "main.serveConn" })) do sessions[e.a] = true end
  for _, e in ipairs(lab.events(r, { kind = "go block", func = "main.WriteSocket" })) do
    if sessions[e.g] then
      return false, say{
        en = "a client's own session wrote to the socket" .. where(w) .. ": Send must not wait for the network; the Conn's writer goroutine writes.",
        zh = "客户端自己的会话写了 socket" .. where(w) .. "：Send 不能等网络；应由 Conn 的 writer goroutine 来写。" }
    end
  end
  return true
end

for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args }
  local ok, why = judge(r, w)
  check("world " .. w.id, ok, why)
end
for i, w in ipairs(explored) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 80, mode = mode, seed = 11 * i, args = w.args,
                             check = function(r) return judge(r, w) end }
    check("explore " .. mode .. " " .. w.id, all.failed == 0,
          say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end
return pass(say{
  en = "Close closes the outbox it owns, waits for the writer to drain it, then closes the socket: no message lost, no writer left behind — in every world, on every schedule tried.",
  zh = "Close 关闭自己拥有的 outbox，等 writer 写完，再关闭 socket：没有消息丢失，也没有 writer 被遗留——在每个世界、尝试的每种调度下都成立。" })
