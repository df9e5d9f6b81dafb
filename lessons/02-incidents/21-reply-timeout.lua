-- Grader: on every day (accounts, queries, latencies, a lookup that takes a
-- minute and a half, balances of 0 and -1) and every explored schedule, each
-- query is sent to the ledger goroutine on `requests`, the ledger (not main)
-- looks it up, and main prints the right answer: the balance or `no such
-- account`; nothing deadlocks, races or is left blocked.
local say, check = lab.say, lab.check

local function world(id, accounts, queries, latency, slow, desc)
  local bal = {}
  for name, b in accounts:gmatch("([^,:]+):(-?%d+)") do bal[name] = tonumber(b) end
  local out, n = {}, 0
  for q in queries:gmatch("[^,]+") do
    n = n + 1
    out[#out + 1] = bal[q] and string.format("%s: %d", q, bal[q]) or (q .. ": no such account")
  end
  local args = { "-accounts=" .. accounts, "-queries=" .. queries, "-latency=" .. latency }
  if slow then args[#args + 1] = "-slow=" .. slow end
  return { id = id, desc = desc, args = args, n = n, want = table.concat(out, "\n") .. "\n",
           spec = accounts .. "; " .. queries .. "; " .. latency .. (slow and ("; slow " .. slow) or "") }
end

local worlds = {
  world("story", "alice:120,bob:75,carol:0", "alice,zed,bob,carol", "20ms", nil, "the story's day"),
  world("slow-lookup", "a:5,b:7", "b,nobody,a", "1ms", "b:90s", "one lookup takes a minute and a half"),
  world("overdraft", "dave:-1,erin:300", "ghost,dave,erin,ghost2", "5ms", nil, "a balance of -1"),
  world("strangers", "x:1", "q,r,x,s", "10ms", nil, "mostly unknown accounts"),
}

local function where(w)
  return say{ en = " (day `" .. w.id .. "`: " .. w.spec .. ")", zh = "（场景 `" .. w.id .. "`：" .. w.spec .. "）" }
end

local function judge(r, w)
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "deadlock" then
    return "every request gets a reply", lab.explain(r) .. where(w) .. say{
      en = "\nmain waits for a reply the ledger never sends (or the ledger waits to send one nobody takes). " ..
           "Make the ledger answer every request, on every path: a balance or an error.",
      zh = "\nmain 在等 ledger 永远不会发送的回复（或者 ledger 在等着发送一个没人接收的回复）。" ..
           "让 ledger 在每条路径上都回复每个请求：余额或者错误。" }
  end
  if r.status == "panic" then
    return "no panic", say{ en = "the program panicked" .. where(w) .. ": ", zh = "程序 panic 了" .. where(w) .. "：" } ..
      tostring(r.panic)
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
      lab.explain(r.races[1]) ..
      say{ en = "\nPass the answer on the reply channel instead of sharing a variable.",
           zh = "\n通过回复 channel 传递答案，不要共享变量。" }
  end
  if r.stdout ~= w.want then
    local why = say{
      en = "\nA lookup may take far longer than usual, and 0 or -1 can be real balances: " ..
           "an answer must say what the ledger found, not what a timer or a special number guessed.",
      zh = "\n一次查询可能比平时慢得多，0 或 -1 也可能是真实余额：答案必须说出 ledger 查到了什么，" ..
           "而不是由计时器或某个特殊数字去猜。" }
    return "every answer is right", say{
      en = "main should print\n" .. w.want .. "but printed\n" .. r.stdout .. where(w) .. why,
      zh = "main 应当输出\n" .. w.want .. "实际输出\n" .. r.stdout .. where(w) .. why }
  end
  local lookups, ledgers = 0, {}
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and e.func == "main.Lookup" then
      lookups = lookups + 1
      ledgers[e.g] = true
      if e.g == 1 then
        return "the ledger goroutine looks up", say{
          en = "main looks the balances up itself" .. where(w) ..
               ": keep the ledger goroutine that owns the ledger, and ask it over `requests`.",
          zh = "main 自己查询了余额" .. where(w) .. "：保留独占账本连接的 ledger goroutine，通过 `requests` 向它提问。" }
      end
    end
  end
  local sent = #lab.events(r, { kind = "chan send", chan = "requests" })
  if sent ~= w.n or lookups ~= w.n then
    return "each query goes to the ledger once", say{
      en = string.format("each of the %d queries should be sent once on `requests` and looked up once; saw %d sends and %d lookups%s.",
                         w.n, sent, lookups, where(w)),
      zh = string.format("%d 个查询应当各在 `requests` 上发送一次、查询一次；实际发送 %d 次、查询 %d 次%s。",
                         w.n, sent, lookups, where(w)) }
  end
  -- the ledger is the goroutine that takes the requests (or one it started)
  local ledger_g, lookup_g = {}, {}
  for _, e in ipairs(r.events) do
    if (e.kind == "chan recv" or e.kind == "select") and e.chan == "requests" then
      ledger_g[e.g] = true
    elseif e.kind == "go create" and ledger_g[e.g] then
      ledger_g[e.a] = true
    elseif e.kind == "go block" and e.reason == "sleep" and e.func == "main.Lookup" and not ledger_g[e.g] then
      return "the ledger goroutine looks up", say{
        en = "goroutine " .. e.g .. " looked an account up, but it is not the ledger that takes the requests from `requests`" .. where(w) ..
             ": the ledger (or a goroutine it starts) looks each request up and replies.",
        zh = "goroutine " .. e.g .. " 查询了账户，但它不是从 `requests` 接收请求的 ledger" .. where(w) ..
             "：应由 ledger（或它启动的 goroutine）查询每个请求并回复。" }
    end
  end
  -- every query gets its answer from the ledger: after each lookup, the
  -- goroutine that made it sends a reply (or closes a reply channel) before
  -- its next lookup
  local replies, pending = 0, {}
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and e.func == "main.Lookup" then
      pending[e.g] = true
    elseif pending[e.g] and ((e.kind == "chan send" and e.chan ~= "requests") or e.kind == "chan close") then
      pending[e.g] = nil
      replies = replies + 1
    end
  end
  if replies < w.n then
    return "the ledger answers every query", say{
      en = string.format("the ledger replied to %d of the %d queries%s: main must learn every answer, the balance or `no such account`, " ..
                         "from the ledger's reply, not from the ledger's data.", replies, w.n, where(w)),
      zh = string.format("%d 个查询中 ledger 只回复了 %d 个%s：main 必须从 ledger 的回复里得知每个答案（余额或 `no such account`），" ..
                         "而不是直接去看 ledger 的数据。", w.n, replies, where(w)) }
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
  check("day " .. w.id .. (name and (": " .. name) or ""), name == nil, msg)
end
for i, w in ipairs(worlds) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = (i == 1) and 240 or 150, mode = mode, seed = 7 * i, args = w.args, race = true,
      check = function(r)
        local name, msg = judge(r, w)
        if name then return false, msg end
        return true
      end }
    check("day " .. w.id .. ", explored (" .. mode .. ")", all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end

return pass(say{
  en = "Every request gets exactly one reply, the answer or the error, so main can wait for it without a timer: any day, any schedule.",
  zh = "每个请求都恰好得到一个回复（答案或错误），所以 main 不用计时器也可以放心等待：任何场景、任何调度都成立。" })
