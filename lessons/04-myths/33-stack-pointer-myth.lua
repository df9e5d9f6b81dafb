-- Grader: in every world (other customers, names, order counts, latencies)
-- and on every explored schedule, the page shows each customer's own
-- profile, in page order; there is no data race; the customers are loaded
-- at the same time, and so are each profile's two lookups.
local say, check = lab.say, lab.check

local function world(customers, latency)
  local spec, want = {}, {}
  for _, c in ipairs(customers) do
    spec[#spec + 1] = c[1] .. ":" .. c[2] .. ":" .. c[3]
    want[#want + 1] = string.format("customer %d: %s, %d orders", c[1], c[2], c[3])
  end
  local args = { "-customers=" .. table.concat(spec, ","), "-latency=" .. latency }
  return { args = args, n = #customers, want = table.concat(want, "\n") .. "\n", desc = table.concat(args, " ") }
end

local worlds = {
  { world({ { 101, "ana", 3 }, { 102, "ben", 0 }, { 103, "chen", 12 } }, "10ms"), "the story's page" },
  { world({ { 7, "dora", 1 }, { 8, "eli", 2 }, { 9, "fay", 3 }, { 10, "gus", 4 }, { 11, "hana", 5 } }, "4ms"), "five customers, fast services" },
  { world({ { 500, "ivo", 40 } }, "30ms"), "a single customer" },
  { world({ { 21, "jun", 9 }, { 20, "kai", 9 } }, "1ms"), "two customers, the same order count" },
}

-- The most goroutines asleep at once in one of the functions fns.
local function overlap(r, fns)
  local open, now, most = {}, 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and fns[e.func] then
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
           "\nThe danger was never the stack: it is several goroutines writing one variable with nothing ordering them.",
      zh = lab.explain(r.races[1]) .. where ..
           "\n危险从来不在栈上：而在于多个 goroutine 写同一个变量，却没有任何同步来规定先后。" }
  end
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status ~= "exit" then
    return "main returns", say{ en = "main should return normally" .. where .. ": " .. lab.explain(r),
                                zh = "main 应当正常返回" .. where .. "：" .. lab.explain(r) }
  end
  if r.stdout ~= w.want then
    return "each customer's own profile", say{
      en = "the page should read" .. where .. ":\n" .. w.want .. "it read:\n" .. r.stdout ..
           "Does every customer get a Profile of their own, filled in completely before it is returned?",
      zh = "页面应当是" .. where .. "：\n" .. w.want .. "实际是：\n" .. r.stdout ..
           "每个客户都有自己的 Profile 吗？它在返回之前填好了吗？" }
  end
  if #r.leaked > 0 then
    return "no goroutine left blocked", say{
      en = "goroutines are still blocked when main returns" .. where .. ": " .. lab.explain(r.leaked),
      zh = "main 返回时仍有 goroutine 阻塞" .. where .. "：" .. lab.explain(r.leaked) }
  end
  if strict then
    local customers = overlap(r, { ["main.FetchName"] = true })
    local lookups = overlap(r, { ["main.FetchName"] = true, ["main.FetchOrders"] = true })
    if (w.n >= 2 and customers < 2) or lookups < 2 then
      return "the lookups run at the same time", say{
        en = "the profiles were loaded one lookup at a time" .. where ..
             ": keep loading the customers at the same time, each with its name and orders fetched at the same time.",
        zh = "资料是一次一个查询地加载的" .. where .. "：客户仍要同时加载，每个客户的名字和订单数也要同时查询。" }
    end
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
    local all = lab.explore{ runs = (i == 1) and 50 or 25, mode = mode, seed = 10 * i, args = w.args,
      check = function(r)
        local name, msg = judge(r, w, false)
        if name then return false, msg end
        return true
      end }
    check("world " .. i .. " (" .. entry[2] .. "), explored (" .. mode .. ")", all.failed == 0, all.first_failure)
  end
end

return pass(say{
  en = "Each call builds its own Profile and returns a pointer to it: escape analysis keeps it alive, the WaitGroup orders the writes, and no two customers share anything.",
  zh = "每次调用都构造自己的 Profile 并返回指向它的指针：逃逸分析让它一直有效，WaitGroup 规定了写入的先后，两个客户之间什么也不共享。" })
