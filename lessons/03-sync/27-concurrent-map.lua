-- Grader for lesson 27 (concurrent map writes). The world (world.go) runs the
-- handlers, which call visit(user) at the same time, and a dashboard calling
-- visitors(). On several worlds and explored schedules (random and PCT,
-- timing adversary, race detector on) the grader checks that:
--   * no fatal error (`concurrent map writes`, `concurrent map read and map
--     write`) and no data race: judged by "no race and no fatal error", which
--     holds whether the runtime reports a conflict as one or the other;
--   * every user's visits are exact and visitors() counts the users;
--   * from the events: the handlers really ran at the same time.
local say, check = lab.say, lab.check

local function world(handlers, requests, users, think, name)
  local w = { name = name, handlers = handlers, counts = {}, lines = {} }
  for u = 1, users do w.counts[u] = 0 end
  for h = 0, handlers - 1 do
    for i = 0, requests - 1 do
      local u = (h * 7 + i * 5) % users + 1
      w.counts[u] = w.counts[u] + 1
    end
  end
  local distinct = 0
  for u = 1, users do
    if w.counts[u] > 0 then distinct = distinct + 1 end
    w.lines[#w.lines + 1] = "u" .. u .. ": " .. w.counts[u]
  end
  w.want = distinct .. " users\n" .. table.concat(w.lines, "\n") .. "\n"
  w.distinct = distinct
  w.args = { "-handlers=" .. handlers, "-requests=" .. requests, "-users=" .. users, "-think=" .. think }
  w.desc = table.concat(w.args, " ")
  return w
end

local function where(w)
  return say{ en = " (world: " .. w.desc .. ")", zh = "（世界参数：" .. w.desc .. "）" }
end

local function judge(r, w, plain)
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  local fatal = r.fatal or ""
  if r.status == "fatal" and fatal:find("concurrent map", 1, true) then
    return "no concurrent map access", say{
      en = "fatal error: " .. fatal .. where(w) ..
           "\nA Go map is not safe for concurrent use: when the runtime sees a write overlap another access it stops the whole program, and recover cannot catch it. Guard every access, reads included, with one lock (or use sync.Map, or shards each with its own lock).",
      zh = "fatal error: " .. fatal .. where(w) ..
           "\nGo 的 map 不能并发使用：运行时发现写操作与另一个访问重叠时会终止整个程序，recover 也拦不住。每次访问（包括读）都要用同一把锁保护（或者用 sync.Map，或者分片、每片一把锁）。" }
  end
  if #r.races > 0 then
    return "no data race", say{
      en = "data race" .. where(w) .. ": " .. lab.explain(r.races[1]) ..
           "\nEvery access to the map (and to any variable holding it) must be under the same lock: a lock per call, a read lock for a write, or locks that do not cover the whole map exclude nobody.",
      zh = "数据竞争" .. where(w) .. "：" .. lab.explain(r.races[1]) ..
           "\n对 map（以及保存它的变量）的每次访问都必须在同一把锁内：每次调用新建的锁、写操作用读锁、或者覆盖不了整个 map 的几把锁，什么也排斥不了。" }
  end
  if r.status ~= "exit" then
    return "main returns", say{ en = "the program did not end normally" .. where(w) .. ": " .. lab.explain(r),
                                zh = "程序没有正常结束" .. where(w) .. "：" .. lab.explain(r) }
  end
  if #r.leaked > 0 then
    return "nothing left blocked", say{
      en = "goroutines are left blocked when main returns" .. where(w) .. ": " .. lab.explain(r.leaked),
      zh = "main 返回时还有 goroutine 阻塞着" .. where(w) .. "：" .. lab.explain(r.leaked) }
  end
  if r.stdout ~= w.want then
    local first = r.stdout:match("^(%-?%d+) users\n")
    if tonumber(first) ~= w.distinct then
      return "visitors counted", say{
        en = string.format("%d different users visited, visitors() said `%s`%s.", w.distinct, tostring(first), where(w)),
        zh = string.format("共有 %d 个不同的用户访问，visitors() 却返回 `%s`%s。", w.distinct, tostring(first), where(w)) }
    end
    local i = 0
    for line in r.stdout:gmatch("u%d+: %-?%d+") do
      i = i + 1
      if line ~= w.lines[i] then
        local got = tonumber(line:match(": (%-?%d+)"))
        local lost = got and got < tonumber(w.lines[i]:match(": (%d+)"))
        return "exact visits", say{
          en = "expected `" .. tostring(w.lines[i]) .. "`, got `" .. line .. "`" .. where(w) ..
               (lost and ": visits were lost. Reading the count and writing it back must be one step: under one lock, or one atomic Add, or a compare-and-swap loop (a sync.Map Load then Store is two steps)." or "."),
          zh = "应当是 `" .. tostring(w.lines[i]) .. "`，实际是 `" .. line .. "`" .. where(w) ..
               (lost and "：有访问丢失。读出计数再写回必须是一步：在同一把锁内，或者一次原子 Add，或者比较并交换（CAS）循环（sync.Map 的先 Load 再 Store 是两步）。" or "。") }
      end
    end
    return "exact visits", say{ en = "the report should be\n" .. w.want .. "got\n" .. r.stdout .. where(w),
                                zh = "报告应当是\n" .. w.want .. "实际是\n" .. r.stdout .. where(w) }
  end
  if plain and w.handlers >= 2 and lab.max_alive(r, "main.handler") < 2 then
    return "handlers at once", say{ en = "the handlers did not run at the same time" .. where(w) .. ".",
                                    zh = "handler 没有同时运行" .. where(w) .. "。" }
  end
  return nil
end

local worlds = {
  world(6, 30, 12, "1ms", "the story"),
  world(3, 20, 50, "2ms", "more users than requests"),
  world(10, 12, 3, "3ms", "three busy users"),
}
for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args }
  local name, msg = judge(r, w, true)
  check("world " .. i .. " (" .. w.name .. ")" .. (name and (": " .. name) or ""), name == nil, msg)
end

local small = { world(3, 6, 4, "1ms", "small"), world(2, 8, 2, "2ms", "two handlers, two users") }
for i, w in ipairs(small) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 40, mode = mode, seed = 7 * i, args = w.args,
      check = function(r)
        local name, msg = judge(r, w)
        if name then return false, msg end
        return true
      end }
    check("explored " .. w.name .. " (" .. mode .. ")", all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end

return pass(say{
  en = "Every access to the visits is synchronised: exact counts, no fatal error and no race, on every world and schedule.",
  zh = "对访问记录的每次访问都已同步：计数准确，没有 fatal error，也没有数据竞争，任何世界、任何调度下都成立。" })
