-- Grader: in every world (cart, processing time, receipt text), on every
-- explored schedule, each order's receipt travels over `ch` and is printed
-- exactly once, then `all orders processed`; the program exits normally and
-- no goroutine is left blocked.
local say, check = lab.say, lab.check

local function world(orders, step, tag)
  local args = { "-orders=" .. table.concat(orders, ","), "-step=" .. step, "-tag=" .. tag }
  local want = {}
  for _, id in ipairs(orders) do want[#want + 1] = tag .. "-" .. id end
  table.sort(want)
  return { args = args, n = #orders, tag = tag, want = want, desc = table.concat(args, " ") }
end

local worlds = {
  { world({ 7, 3, 9, 4 }, "100ms", "processed"), "the story's cart" },
  { world({ 12, 5, 8, 1, 6, 2 }, "7ms", "receipt"), "a bigger, faster cart" },
  { world({ 42 }, "600ms", "done"), "one slow order" },
  { world({ 11, 10, 13 }, "350ms", "shipped"), "slow orders" },
}

-- The receipts printed (output events on stdout) by another goroutine that
-- do not happen before main's last line (lab.order: Go's happens-before from
-- the run's events): main printed `all orders processed` without waiting for
-- the printer, and was after it only by luck of the schedule.
local function unordered_receipts(r)
  local prints, last = {}, nil
  lab.order(r, function(e, clock)
    if e.kind == "output" and e.a == 1 then
      if last then prints[#prints + 1] = last end
      last = { g = e.g, at = clock[e.g], seen = lab.snap(clock) }
    end
  end)
  local late = {}
  if not last or last.g ~= 1 or r.events_total > #r.events then return late end
  for _, p in ipairs(prints) do
    if p.g ~= 1 and (last.seen[p.g] or 0) < p.at then late[#late + 1] = p.g end
  end
  return late
end

local function judge(r, w)
  local where = say{ en = " (world: " .. w.desc .. ")", zh = "（世界参数：" .. w.desc .. "）" }
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "deadlock" then
    return "no deadlock", say{
      en = "the program deadlocks" .. where .. ": " .. lab.explain(r) ..
           "\nAn unbuffered send waits until someone receives. Who receives while the orders are being sent?",
      zh = "程序死锁了" .. where .. "：" .. lab.explain(r) ..
           "\n无缓冲发送要等到有人接收。发送订单的时候，谁在接收？" }
  end
  if r.status == "panic" then
    return "no panic", say{ en = "the program panicked" .. where .. ": " .. tostring(r.panic),
                            zh = "程序 panic 了" .. where .. "：" .. tostring(r.panic) }
  end
  if r.races and #r.races > 0 then
    return "no data race", say{
      en = "data race" .. where .. ": " .. lab.explain(r.races[1]) .. "\nLet the receipts travel over `ch`.",
      zh = "数据竞争" .. where .. "：" .. lab.explain(r.races[1]) .. "\n让回执通过 `ch` 传递。" }
  end
  if r.status ~= "exit" or r.exit_code ~= 0 then
    return "main returns", say{
      en = "main should return normally" .. where .. ", got " .. tostring(r.status) .. ": " .. lab.explain(r),
      zh = "main 应当正常返回" .. where .. "，实际是 " .. tostring(r.status) .. "：" .. lab.explain(r) }
  end
  -- each receipt once, then `all orders processed` last
  local got, last = {}, nil
  local pat = "^" .. w.tag:gsub("%p", "%%%0") .. "%-%d+$"
  for line in r.stdout:gmatch("[^\n]+") do
    if line:find(pat) then got[#got + 1] = line end
    last = line
  end
  table.sort(got)
  if table.concat(got, ",") ~= table.concat(w.want, ",") then
    return "every receipt printed once", say{
      en = "expected each receipt once (" .. table.concat(w.want, ", ") .. ")" .. where .. ", got: " ..
           (#got > 0 and table.concat(got, ", ") or "none") .. ". Dropping a receipt when nobody is ready loses the order.",
      zh = "应当每张回执各打印一次（" .. table.concat(w.want, ", ") .. "）" .. where .. "，实际是：" ..
           (#got > 0 and table.concat(got, ", ") or "没有") .. "。没人接收时丢掉回执就丢了订单。" }
  end
  if last ~= "all orders processed" then
    return "`all orders processed` comes last", say{
      en = "`all orders processed` should be the last line, once every receipt is printed" .. where .. "; the output was:\n" .. r.stdout,
      zh = "`all orders processed` 应当在所有回执打印之后作为最后一行" .. where .. "；实际输出：\n" .. r.stdout }
  end
  if #r.leaked > 0 then
    return "no goroutine left blocked", say{
      en = #r.leaked .. " goroutine(s) are still blocked when main returns" .. where .. ": " .. lab.explain(r.leaked),
      zh = "main 返回时仍有 " .. #r.leaked .. " 个 goroutine 阻塞" .. where .. "：" .. lab.explain(r.leaked) }
  end
  local late = unordered_receipts(r)
  if #late > 0 then
    return "`all orders processed` waits for the receipts", say{
      en = "goroutine " .. late[1] .. " printed a receipt that main did not wait for before `all orders processed`" .. where ..
           ": it came first on this schedule, but nothing orders it before main's last line, and on another one the receipt is lost. " ..
           "Wait for the printer to be done (a done channel, a WaitGroup), not for a pause.",
      zh = "goroutine " .. late[1] .. " 打印了一张回执，但 main 在打印 `all orders processed` 之前没有等它" .. where ..
           "：这次调度下它先打印了，但没有任何同步保证它在 main 的最后一行之前；换一种调度，这张回执就丢了。" ..
           "要等打印的 goroutine 结束（done channel 或 WaitGroup），而不是靠停顿。" }
  end
  local sends, recvs = 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "chan send" and e.chan == "ch" then sends = sends + 1
    elseif e.kind == "chan recv" and e.b == 1 and e.chan == "ch" then recvs = recvs + 1 end
  end
  if sends ~= w.n or recvs ~= w.n then
    return "every receipt travels over `ch`", say{
      en = string.format("each of the %d receipts should be sent on `ch` and received from it; saw %d sends and %d receives%s.",
                         w.n, sends, recvs, where),
      zh = string.format("%d 张回执都应当经 `ch` 发送并被接收；实际看到 %d 次发送、%d 次接收%s。",
                         w.n, sends, recvs, where) }
  end
  return nil
end

-- The capacity `ch` was made with in run r (nil when no receipt went over it).
local function capacity(r)
  local id
  for _, e in ipairs(r.events) do
    if e.kind == "chan send" and e.chan == "ch" then id = e.a break end
  end
  for _, e in ipairs(r.events) do
    if e.kind == "chan make" and e.a == id then return e.b end
  end
end

local caps = {}
for i, entry in ipairs(worlds) do
  local w = entry[1]
  local r = lab.run{ seed = i, args = w.args, race = true }
  local name, msg = judge(r, w)
  check("world " .. i .. " (" .. entry[2] .. ")" .. (name and (": " .. name) or ""), name == nil, msg)
  caps[i] = capacity(r)
end

-- A buffer of one fixed size in carts of 1 to 6 orders may only hide the
-- deadlock until a cart is bigger than the buffer: grade a cart one order
-- bigger than it too.
local fixed = caps[1]
for i = 2, #worlds do
  if caps[i] ~= fixed then fixed = nil end
end
if fixed and fixed > 0 then
  local ids, name, msg = {}, "a buffer bigger than any cart we can grade", ""
  if fixed < 4096 then   -- beyond, the cart would not fit the grading's limits
    for id = 1, fixed + 1 do ids[id] = id end
    local w = world(ids, "1us", "order")
    w.desc = "-orders=1,...," .. (fixed + 1) .. " -step=1us -tag=order"
    name, msg = judge(lab.run{ seed = 7, args = w.args, race = true }, w)
  else
    ids = { fixed + 1 }
  end
  check("a cart bigger than the buffer" .. (name and (": " .. name) or ""), name == nil, say{
    en = "`ch` has room for " .. fixed .. " receipts whatever the cart; with a cart of " .. (fixed + 1) ..
         " orders" .. (msg ~= "" and ": " .. tostring(msg) or " it deadlocks") .. "\nSize the buffer from the cart, or receive while the orders are sent.",
    zh = "不管购物车多大，`ch` 都只能放 " .. fixed .. " 张回执；换成有 " .. (fixed + 1) .. " 个订单的购物车" ..
         (msg ~= "" and "：" .. tostring(msg) or "就会死锁") .. "\n按购物车的大小设置缓冲，或者在发送订单的同时接收。" })
end

for i, entry in ipairs(worlds) do
  local w = entry[1]
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = (i == 1) and 60 or 40, mode = mode, seed = 10 * i,
      args = w.args, race = true,
      check = function(r)
        local name, msg = judge(r, w)
        if name then return false, msg end
        return true
      end }
    check("world " .. i .. " (" .. entry[2] .. "), explored (" .. mode .. ")", all.failed == 0, all.first_failure)
  end
end

return pass(say{
  en = "Every send on `ch` has a receiver ready (or room in the buffer): each receipt is printed once, for any cart and on every schedule.",
  zh = "`ch` 上的每次发送都有接收方就绪（或缓冲有空位）：任何购物车、任何调度下，每张回执都只打印一次。" })
