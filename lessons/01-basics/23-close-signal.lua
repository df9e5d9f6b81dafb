-- Grader: for every batch (invoice numbers from 0, free invoices, fewer
-- invoices than workers, a long batch) and every explored schedule, each
-- invoice is billed exactly once, by the worker goroutines, no zero Invoice
-- is billed, the summary is right, nothing panics (double close, send on
-- closed), races, deadlocks, spins or is left blocked when main returns.
local say, check = lab.say, lab.check

local function world(id, first, amounts, latency, desc)
  local n, total = 0, 0
  for a in amounts:gmatch("%d+") do n, total = n + 1, total + tonumber(a) end
  return { id = id, desc = desc, n = n,
           args = { "-first=" .. first, "-amounts=" .. amounts, "-latency=" .. latency },
           spec = string.format("invoices #%d.., amounts %s, %s each", first, amounts, latency),
           want = string.format("billed %d invoices, total %d", n, total) }
end

local worlds = {
  world("story", 101, "1200,800,450,990,300,75", "30ms", "the story's batch"),
  world("numbered-from-0", 0, "500,600,700,800", "10ms", "invoice #0 is a real invoice"),
  world("free-invoices", 7, "0,0,250,0,100", "20ms", "free invoices of 0 cents"),
  world("two", 50, "40,60", "100ms", "fewer invoices than workers"),
  world("long", 1000, "1,2,3,4,5,6,7,8,9,10,11,12", "2ms", "a long, fast batch"),
}

local function where(w)
  return say{ en = " (batch `" .. w.id .. "`: " .. w.spec .. ")", zh = "（批次 `" .. w.id .. "`：" .. w.spec .. "）" }
end

local function judge(r, w, strict)
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "panic" then
    local p = tostring(r.panic)
    local why = ""
    if p:find("close of closed", 1, true) then
      why = say{ en = "\nA channel can be closed once. Several workers each closing the same channel to say \"I am done\" is a double close: " ..
                      "one owner closes, after every worker has finished (or each worker closes a channel of its own).",
                 zh = "\n一个 channel 只能关闭一次。多个 worker 各自关闭同一个 channel 来表示“我做完了”，就是重复关闭：" ..
                      "应由唯一的所有者在所有 worker 结束后关闭（或者每个 worker 关闭自己专属的 channel）。" }
    elseif p:find("send on closed", 1, true) then
      why = say{ en = "\nA channel was closed while another worker still had amounts to send: close only after the last sender is done.",
                 zh = "\n还有 worker 要发送金额时 channel 就被关闭了：只有在最后一个发送方结束后才能关闭。" }
    end
    return "no panic", say{ en = "the program panicked" .. where(w) .. ": ", zh = "程序 panic 了" .. where(w) .. "：" } .. p .. why
  end
  if r.status == "deadlock" then
    return "no deadlock", lab.explain(r) .. where(w) .. say{
      en = "\nWho waits for an amount or a close that never comes?", zh = "\n谁在等一个永远不会来的金额或关闭？" }
  end
  if r.status == "limit" then
    return "the workers stop", say{
      en = "the program never ended" .. where(w) .. " (" .. tostring(r.fatal) .. "): a receive from a closed channel " ..
           "never blocks, so a loop that only skips it spins forever. Leave the loop when `ok` is false.",
      zh = "程序一直没有结束" .. where(w) .. "（" .. tostring(r.fatal) .. "）：从已关闭的 channel 接收永远不会阻塞，" ..
           "只是跳过它的循环会一直空转。`ok` 为 false 时要退出循环。" }
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
      say{ en = "\nSend the amounts on `billed`, or guard the total with a mutex.",
           zh = "\n通过 `billed` 发送金额，或者用互斥锁保护总额。" }
  end
  if not ("\n" .. r.stdout):find("\n" .. w.want .. "\n", 1, true) then
    return "the summary is right", say{
      en = "the summary should be `" .. w.want .. "`" .. where(w) .. ", the program printed:\n" .. r.stdout ..
           "\nAn invoice numbered 0 or worth 0 is still an invoice: only the receive's `ok` (or a `range`) tells a closed channel apart. " ..
           "And the amounts are counted only when `billed` is closed after the last worker has sent its last amount.",
      zh = "汇总应当是 `" .. w.want .. "`" .. where(w) .. "，实际输出：\n" .. r.stdout ..
           "\n编号为 0 或金额为 0 的发票也是发票：只有接收的 `ok`（或者 `range`）能分辨 channel 是否已关闭。" ..
           "而且只有在最后一个 worker 发出最后一个金额之后才关闭 `billed`，金额才能数全。" }
  end
  local bills, billers, nb = 0, {}, 0
  for _, e in ipairs(r.events) do
    if e.kind == "panic" then
      return "nothing panics", say{ en = "a panic happened" .. where(w) .. " (even if recovered).",
                                    zh = "发生了 panic" .. where(w) .. "（即使被 recover 了）。" }
    elseif e.kind == "go block" and e.reason == "sleep" and e.func == "main.Bill" then
      bills = bills + 1
      if e.g == 1 then
        return "the workers bill", say{
          en = "main bills the invoices itself" .. where(w) .. ": keep the three workers receiving from `jobs`.",
          zh = "main 自己在开账单" .. where(w) .. "：保留从 `jobs` 接收的三个 worker。" }
      end
      if not billers[e.g] then billers[e.g], nb = true, nb + 1 end
    end
  end
  if bills > w.n then
    return "no zero Invoice is billed", say{
      en = string.format("Bill was called %d times for %d invoices%s: after `jobs` is closed, a plain `<-jobs` returns the zero Invoice " ..
                         "at once, every time, and the workers billed it. Use `for inv := range jobs` or `inv, ok := <-jobs`.",
                         bills, w.n, where(w)),
      zh = string.format("%d 张发票，Bill 却被调用了 %d 次%s：`jobs` 关闭后，普通的 `<-jobs` 每次都会立即返回零值 Invoice，" ..
                         "worker 把它也开了账单。请用 `for inv := range jobs` 或 `inv, ok := <-jobs`。",
                         w.n, bills, where(w)) }
  end
  if bills == 0 then
    return "the workers bill", say{
      en = "no invoice was billed at all" .. where(w) .. ": the workers must call Bill for each invoice they receive from `jobs`.",
      zh = "一张发票也没有开账单" .. where(w) .. "：worker 必须对从 `jobs` 收到的每张发票调用 Bill。" }
  end
  if bills < w.n then
    return "every invoice is billed", say{
      en = string.format("only %d of the %d invoices were billed%s: a worker stopped at a real invoice it took for the end.",
                         bills, w.n, where(w)),
      zh = string.format("%d 张发票只开出了 %d 张%s：某个 worker 把一张真实的发票当成了结束标志。", w.n, bills, where(w)) }
  end
  if strict and w.n >= 2 and nb < 2 then
    return "the workers share the batch", say{
      en = "only one goroutine billed invoices" .. where(w) .. ": keep the three workers billing at the same time.",
      zh = "只有一个 goroutine 在开账单" .. where(w) .. "：保留三个同时开账单的 worker。" }
  end
  if #r.leaked > 0 then
    return "no goroutine left behind", say{
      en = "goroutines are still blocked or spinning when main returns" .. where(w) .. ": ",
      zh = "main 返回时仍有 goroutine 阻塞或空转" .. where(w) .. "：" } .. lab.explain(r.leaked) ..
      say{ en = "\nA worker must stop when `jobs` is closed and drained.", zh = "\n`jobs` 关闭并取空后，worker 必须退出。" }
  end
  return nil
end

for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args, race = true }
  local name, msg = judge(r, w, true)
  check("batch " .. w.id .. (name and (": " .. name) or ""), name == nil, msg)
end
for i, w in ipairs(worlds) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = (i == 1) and 180 or 120, mode = mode, seed = 13 * i, args = w.args, race = true,
      check = function(r)
        local name, msg = judge(r, w, false)
        if name then return false, msg end
        return true
      end }
    check("batch " .. w.id .. ", explored (" .. mode .. ")", all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end

return pass(say{
  en = "The workers tell a closed `jobs` from a real invoice, each invoice is billed once, and every channel is closed once by its owner.",
  zh = "worker 能分辨已关闭的 `jobs` 和真实的发票，每张发票只开一次账单，每个 channel 都只由它的所有者关闭一次。" })
