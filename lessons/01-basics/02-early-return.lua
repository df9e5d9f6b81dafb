-- Grader: in every world (orders, which ones the database fails, its error
-- text, latencies, prices), on every explored schedule, each order is answered
-- once — with its total or with the database's own error — every order's
-- database call overlaps its shipping call, and no goroutine is left blocked.
local say, check = lab.say, lab.check

-- A world: the flags world.go reads, and the lines the grader expects.
local function world(orders, fail, err, db, ship, price, fee)
  local failed = {}
  for _, id in ipairs(fail) do failed[id] = true end
  local args = { "-orders=" .. table.concat(orders, ","), "-fail=" .. table.concat(fail, ","),
                 "-err=" .. err, "-db=" .. db, "-ship=" .. ship,
                 "-price=" .. price, "-fee=" .. fee }
  return { args = args, orders = orders, failed = failed, err = err, price = price, fee = fee,
           desc = table.concat(args, " ") }
end

local worlds = {
  { world({ 1001, 1002, 1003, 1004, 1005, 1006 }, { 1003, 1005 },
        "db: connection reset by peer", "30ms", "20ms", 7, 5), "the story's orders" },
  { world({ 2041, 2042, 2043 }, { 2041 }, "pq: deadlock detected", "5ms", "40ms", 3, 11), "another database error" },
  { world({ 3107, 3108, 3109, 3110, 3111 }, { 3108, 3109, 3111 },
        "mysql: too many connections", "400ms", "90ms", 2, 0), "a slow database, most orders fail" },
  { world({ 4200, 4201 }, {}, "unused", "70ms", "10ms", 9, 4), "nothing fails" },
}

-- The world's two calls, seen as the sleeps inside them.
local WORLD_CALLS = { ["main.FetchFromDB"] = true, ["main.ShippingFee"] = true }

-- Judges one run; returns nil when it is right, else a check name and a message.
local function judge(r, w, strict)
  local where = say{ en = " (world: " .. w.desc .. ")", zh = "（世界参数：" .. w.desc .. "）" }
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "deadlock" then
    return "no deadlock", say{
      en = "the program deadlocked" .. where .. ": " .. lab.explain(r) ..
           "\nWhat does the fetching goroutine send or close when FetchFromDB fails?",
      zh = "程序死锁了" .. where .. "：" .. lab.explain(r) ..
           "\nFetchFromDB 失败时，查询 goroutine 发送或关闭了什么？" }
  end
  if r.status == "panic" then
    local hint = ""
    if (r.panic or ""):find("nil pointer", 1, true) then
      hint = say{ en = "\nA closed channel gives the zero value (a nil *OrderResult): check `ok` before using the result.",
                  zh = "\n从已关闭的 channel 接收得到零值（nil 的 *OrderResult）：使用结果之前先检查 `ok`。" }
    end
    return "no panic", say{ en = "the program panicked" .. where .. ": " .. tostring(r.panic) .. hint,
                            zh = "程序 panic 了" .. where .. "：" .. tostring(r.panic) .. hint }
  end
  if r.status ~= "exit" then
    return "main returns", say{
      en = "main should return normally" .. where .. ", got " .. tostring(r.status) .. ": " .. lab.explain(r),
      zh = "main 应当正常返回" .. where .. "，实际是 " .. tostring(r.status) .. "：" .. lab.explain(r) }
  end
  if r.races and #r.races > 0 then
    return "no data race", say{
      en = "data race" .. where .. ": " .. lab.explain(r.races[1]) ..
           "\nHand the error over on a channel, not in a shared variable.",
      zh = "数据竞争" .. where .. "：" .. lab.explain(r.races[1]) ..
           "\n通过 channel 传递错误，不要放在共享变量里。" }
  end
  -- every order answered once, with its total or the database's error
  local lines = {}
  for line in r.stdout:gmatch("[^\n]+") do
    local id = line:match("^order (%d+):")
    if id then
      id = tonumber(id)
      if lines[id] then
        return "each order answered once", say{
          en = "order " .. id .. " is answered twice" .. where .. ":\n" .. r.stdout,
          zh = "订单 " .. id .. " 被回答了两次" .. where .. "：\n" .. r.stdout }
      end
      lines[id] = line
    end
  end
  for _, id in ipairs(w.orders) do
    local line = lines[id]
    if not line then
      return "every order answered", say{
        en = "order " .. id .. " gets no answer" .. where .. "; the output was:\n" .. r.stdout,
        zh = "订单 " .. id .. " 没有得到回答" .. where .. "；输出是：\n" .. r.stdout }
    end
    if w.failed[id] then
      if not line:find(w.err, 1, true) or line:find("total", 1, true) then
        return "the database error reaches the caller", say{
          en = "order " .. id .. " fails in the database with `" .. w.err .. "`" .. where ..
               ", but the answer was `" .. line .. "`: the caller needs the database's own error.",
          zh = "订单 " .. id .. " 在数据库里失败，错误是 `" .. w.err .. "`" .. where ..
               "，但回答是 `" .. line .. "`：调用方需要数据库自己的错误。" }
      end
    else
      local want = string.format("order %d: total %d", id, id % 100 * w.price + w.fee)
      if line ~= want then
        return "the totals are right", say{
          en = "expected `" .. want .. "`" .. where .. ", got `" .. line .. "`",
          zh = "应当输出 `" .. want .. "`" .. where .. "，实际是 `" .. line .. "`" }
      end
    end
  end
  if #r.leaked > 0 then
    return "no goroutine left blocked", say{
      en = #r.leaked .. " goroutine(s) are still blocked when main returns" .. where .. ": " ..
           lab.explain(r.leaked) .. "\nEvery path out of the fetching goroutine must send or close.",
      zh = "main 返回时仍有 " .. #r.leaked .. " 个 goroutine 阻塞" .. where .. "：" ..
           lab.explain(r.leaked) .. "\n查询 goroutine 的每一条退出路径都必须发送或关闭。" }
  end
  -- the work: one database call and one shipping call per order, all in
  -- flight at once (on the plain runs: the timing adversary may starve some)
  local calls, sleeping, now, most = {}, {}, 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" then
      local fn = e.func
      if WORLD_CALLS[fn] then
        calls[fn] = (calls[fn] or 0) + 1
        sleeping[e.g] = true
        now = now + 1
        if now > most then most = now end
      end
    elseif (e.kind == "go unblock" or e.kind == "go end") and sleeping[e.g] then
      sleeping[e.g] = nil
      now = now - 1
    end
  end
  local n = #w.orders
  if (calls["main.FetchFromDB"] or 0) ~= n then
    return "one database call per order", say{
      en = string.format("the database should be asked once per order (%d), it was asked %d times%s.",
                         n, calls["main.FetchFromDB"] or 0, where),
      zh = string.format("每个订单应当查询数据库一次（%d 次），实际查询了 %d 次%s。",
                         n, calls["main.FetchFromDB"] or 0, where) }
  end
  if strict and most < 2 * n then
    return "the calls overlap", say{
      en = string.format("at most %d of the %d database and shipping calls were in flight at once%s: " ..
                         "the orders are answered concurrently, and each order's database call runs in its goroutine while processOrder asks for the shipping fee.",
                         most, 2 * n, where),
      zh = string.format("%d 个数据库和运费调用中同时进行的最多只有 %d 个%s：" ..
                         "订单应当并发处理，而且每个订单的数据库查询在它自己的 goroutine 里进行，同时 processOrder 去查询运费。",
                         2 * n, most, where) }
  end
  return nil
end

-- The worlds, one plain run each, the race detector on.
for i, entry in ipairs(worlds) do
  local w = entry[1]
  local r = lab.run{ seed = i, args = w.args, race = true }
  local name, msg = judge(r, w, true)
  check("world " .. i .. " (" .. entry[2] .. ")" .. (name and (": " .. name) or ""), name == nil, msg)
end

-- Many schedules per world, random and PCT, with the timing adversary.
for i, entry in ipairs(worlds) do
  local w = entry[1]
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = (i == 1) and 60 or 40, mode = mode, seed = 10 * i,
      args = w.args, race = true,
      check = function(r)
        local name, msg = judge(r, w, false)
        if name then return false, msg end
        return true
      end }
    check("world " .. i .. " (" .. entry[2] .. "), explored (" .. mode .. ")", all.failed == 0, all.first_failure)
  end
end

return pass(say{
  en = "Every path of the fetching goroutine answers; each order gets its total or the database's own error, in every world and on every schedule.",
  zh = "查询 goroutine 的每条路径都会回答；每个订单都得到金额或数据库自己的错误，任何世界、任何调度下都成立。" })
