-- Grader: in every world (more or fewer connections, segments small and
-- huge, other latencies) and on every explored schedule (preemptions between
-- any two atomic operations, the timing adversary), the edge reports every
-- request and every byte it served, there is no data race, and the
-- connections are served at the same time.
local say, check = lab.say, lab.check

-- cut (optional): the clients that go away halfway, as world.go's -cut: the
-- edge sent, and bills, only half of those segments.
local function world(conns, requests, size, latency, cut)
  local total = 0
  for c = 0, conns - 1 do
    for j = 0, requests - 1 do
      local bytes = size + 1000 * c + 37 * j
      if cut and (c + 2 * j) % cut == cut - 1 then bytes = bytes // 2 end
      total = total + bytes
    end
  end
  local args = { "-conns=" .. conns, "-requests=" .. requests, "-size=" .. size, "-latency=" .. latency }
  if cut then args[#args + 1] = "-cut=" .. cut end
  return { args = args, conns = conns, desc = table.concat(args, " "),
           want = string.format("served %d requests, %d bytes", conns * requests, total) }
end

local worlds = {
  { world(3, 4, 2000000, "5ms"), "the story's traffic" },
  { world(4, 6, 1500000000, "2ms"), "1.5 GB segments: more than 2^32 bytes in all" },
  { world(8, 2, 123456, "1ms", 3), "eight connections, small segments, some cut short" },
  { world(1, 5, 3000000000, "10ms"), "one connection, 3 GB segments" },
}

local function overlap(r, fn)
  local open, now, most = {}, 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and e.func == fn then
      open[e.g], now = true, now + 1
      if now > most then most = now end
    elseif e.kind == "go unblock" and open[e.g] then
      open[e.g], now = nil, now - 1
    end
  end
  return most
end

local function judge(r, w, strict)
  local where = say{ en = " (world: " .. w.desc .. ")", zh = "（世界参数：" .. w.desc .. "）" }
  if #r.races > 0 then
    return "no data race", say{
      en = lab.explain(r.races[1]) .. where ..
           "\nA plain `+=` on a counter shared by goroutines is a read, an add and a write: two connections can read the same old value, and one update is lost. This is true on every platform.",
      zh = lab.explain(r.races[1]) .. where ..
           "\n对多个 goroutine 共享的计数器做普通的 `+=`，其实是读、加、写三步：两个连接可能读到同一个旧值，其中一次更新就丢了。在任何平台上都是如此。" }
  end
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status ~= "exit" then
    return "main returns", say{ en = "main should return normally" .. where .. ": " .. lab.explain(r),
                                zh = "main 应当正常返回" .. where .. "：" .. lab.explain(r) }
  end
  if not r.stdout:find(w.want .. "\n", 1, true) then
    return "every byte counted", say{
      en = "expected `" .. w.want .. "`" .. where .. ", got:\n" .. r.stdout ..
           "\nWere updates lost between a read and a write of the counter, or did a counter too small for the traffic wrap around? Count what Serve says it sent, not the segments' sizes: a client may go away halfway.",
      zh = "应当输出 `" .. w.want .. "`" .. where .. "，实际输出：\n" .. r.stdout ..
           "\n是读计数器和写计数器之间丢了更新，还是计数器太小、流量一大就溢出回绕了？要计入 Serve 返回的实际发送字节数，而不是片段的大小：客户端可能中途离开。" }
  end
  if #r.leaked > 0 then
    return "no goroutine left blocked", say{
      en = "goroutines are still blocked when main returns" .. where .. ": " .. lab.explain(r.leaked),
      zh = "main 返回时仍有 goroutine 阻塞" .. where .. "：" .. lab.explain(r.leaked) }
  end
  if strict and w.conns >= 2 and overlap(r, "main.Serve") < 2 then
    return "connections served at the same time", say{
      en = "the segments were sent one at a time" .. where .. ": keep one goroutine per connection, serving at the same time.",
      zh = "视频片段是一个接一个发送的" .. where .. "：保持每个连接一个 goroutine，同时服务。" }
  end
  return nil
end

for i, entry in ipairs(worlds) do
  local w = entry[1]
  local r = lab.run{ seed = i, args = w.args }
  local name, msg = judge(r, w, true)
  check("world " .. i .. " (" .. entry[2] .. ")" .. (name and (": " .. name) or ""), name == nil, msg)
end

for i, entry in ipairs(worlds) do
  local w = entry[1]
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = (i <= 2) and 60 or 30, mode = mode, seed = 10 * i, args = w.args,
      check = function(r)
        local name, msg = judge(r, w, false)
        if name then return false, msg end
        return true
      end }
    check("world " .. i .. " (" .. entry[2] .. "), explored (" .. mode .. ")", all.failed == 0, all.first_failure)
  end
end

return pass(say{
  en = "Every request and every byte is counted, with one atomic add per update (or a lock around it), in a 64-bit counter that is aligned on every platform.",
  zh = "每个请求、每个字节都被计入：每次更新都是一次原子加（或在锁内完成），计数器是 64 位的，并且在所有平台上都对齐。" })
