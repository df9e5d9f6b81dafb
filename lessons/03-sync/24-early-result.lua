-- Grader: for every day (users, backend times that make any one load the
-- slowest) and every explored schedule, each profile is printed complete
-- and right, each backend is asked once per user, the three loads of a
-- profile overlap (in the plain runs), and nothing races or is left running
-- when main returns.
local say, check = lab.say, lab.check

local function world(id, users, tn, to, tf, desc)
  local out, n = {}, 0
  for item in users:gmatch("[^,]+") do
    local name, orders, friends = item:match("^([^:]*):([^:]*):?(.*)$")
    n = n + 1
    out[#out + 1] = string.format("%s: %d orders, friends [%s]", name, tonumber(orders),
                                  (friends or ""):gsub("%+", " "))
  end
  return { id = id, desc = desc, n = n, want = table.concat(out, "\n") .. "\n",
           args = { "-users=" .. users, "-name=" .. tn, "-orders=" .. to, "-friends=" .. tf },
           spec = string.format("%s; name %s, orders %s, friends %s", users, tn, to, tf) }
end

local worlds = {
  world("story", "ada:3:bob+cy,bob:0:,cy:12:ada", "30ms", "40ms", "25ms", "the story's users"),
  world("slow-friends", "dee:5:eve,eve:1:dee+fay+gus", "5ms", "10ms", "2s", "the social graph is slow"),
  world("slow-orders", "zed:99:,yan:4:zed", "1ms", "3s", "1ms", "the order service is slow"),
  world("slow-name", "solo:7:ann+bo+cid", "900ms", "20ms", "20ms", "the account service is slow"),
}

local function where(w)
  return say{ en = " (day `" .. w.id .. "`: " .. w.spec .. ")", zh = "（场景 `" .. w.id .. "`：" .. w.spec .. "）" }
end

local loads = { ["main.LoadName"] = true, ["main.LoadOrders"] = true, ["main.LoadFriends"] = true }

local function judge(r, w, strict)
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "panic" then
    return "no panic", say{ en = "the program panicked" .. where(w) .. ": ", zh = "程序 panic 了" .. where(w) .. "：" } ..
      tostring(r.panic)
  end
  if r.status == "deadlock" then
    return "no deadlock", lab.explain(r) .. where(w)
  end
  if r.status ~= "exit" or (r.exit_code ~= 0 and r.exit_code ~= 66) then
    return "main returns", say{ en = "main should return normally" .. where(w) .. ": ",
                                zh = "main 应当正常返回" .. where(w) .. "：" } .. lab.explain(r)
  end
  if r.races and #r.races > 0 then
    return "no data race", say{ en = "data race" .. where(w) .. ": ", zh = "数据竞争" .. where(w) .. "：" } ..
      lab.explain(r.races[1]) ..
      say{ en = "\nThe profile is read while a loader goroutine may still be writing it: FetchProfile returns before the goroutines " ..
                "that fill it have finished. Wait for them (a WaitGroup, their channels, an errgroup) before returning.",
           zh = "\n加载 goroutine 可能还在写 profile 时它就被读取了：FetchProfile 在填充它的 goroutine 结束前就返回了。" ..
                "返回前要等它们（WaitGroup、它们的 channel、errgroup）。" }
  end
  if r.stdout ~= w.want then
    return "every profile is complete", say{
      en = "the profiles should be\n" .. w.want .. "but were\n" .. r.stdout .. where(w) ..
           "\nA field is missing when FetchProfile returns before its loader is done. Any backend can be the slow one: " ..
           "a lock protects the fields but does not wait, and a sleep only guesses.",
      zh = "profile 应当是\n" .. w.want .. "实际是\n" .. r.stdout .. where(w) ..
           "\nFetchProfile 在某个加载完成前返回，就会缺字段。任何一个后端都可能是最慢的：锁保护字段，却不会等待；sleep 只是猜测。" }
  end
  if (r.events_total or 0) > #r.events then
    -- only a loop that never blocks makes this many events
    return "FetchProfile waits without spinning", say{
      en = string.format("the program made %d runtime events%s, too many to be waiting: FetchProfile spins while the loads run " ..
                         "(a loop around runtime.Gosched, an atomic or a flag). Block until they are in: a WaitGroup, their channels, an errgroup.",
                         r.events_total, where(w)),
      zh = string.format("程序产生了 %d 个运行时事件%s，这不是在等待：加载进行时 FetchProfile 在空转" ..
                         "（围着 runtime.Gosched、原子变量或标志的循环）。请阻塞到它们完成：WaitGroup、它们的 channel、errgroup。",
                         r.events_total, where(w)) }
  end
  local count, busy, now, most = 0, {}, 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and loads[e.func] then
      count = count + 1
      busy[e.g] = true
      now = now + 1
      if now > most then most = now end
    elseif e.kind == "go unblock" and busy[e.g] then
      busy[e.g] = nil
      now = now - 1
    end
  end
  if count ~= 3 * w.n then
    return "each backend asked once per user", say{
      en = string.format("each of the %d users needs one load from each of the three backends (%d loads), saw %d%s.",
                         w.n, 3 * w.n, count, where(w)),
      zh = string.format("%d 个用户各需要向三个后端各加载一次（共 %d 次），实际 %d 次%s。", w.n, 3 * w.n, count, where(w)) }
  end
  if strict and most < 3 then
    return "the three loads run at once", say{
      en = "the three loads of a profile should run at the same time" .. where(w) .. " (at most " .. most ..
           " were in flight at once): keep the goroutines, and wait for them.",
      zh = "一个 profile 的三次加载应当同时进行" .. where(w) .. "（同时进行的最多 " .. most .. " 个）：保留 goroutine，并等待它们。" }
  end
  if #r.leaked > 0 then
    return "nothing left running", say{
      en = "loader goroutines are still running when main returns" .. where(w) .. ": ",
      zh = "main 返回时仍有加载 goroutine 在运行" .. where(w) .. "：" } .. lab.explain(r.leaked)
  end
  return nil
end

for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args, race = true }
  local name, msg = judge(r, w, true)
  check("day " .. w.id .. (name and (": " .. name) or ""), name == nil, msg)
end
for i, w in ipairs(worlds) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = (i == 1) and 240 or 150, mode = mode, seed = 17 * i, args = w.args, race = true,
      check = function(r)
        local name, msg = judge(r, w, false)
        if name then return false, msg end
        return true
      end }
    check("day " .. w.id .. ", explored (" .. mode .. ")", all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end

return pass(say{
  en = "FetchProfile loads the three parts at once and returns only when all three are in: whichever backend is slow, on every schedule.",
  zh = "FetchProfile 同时加载三个部分，并且只在三者都到齐后才返回：无论哪个后端慢、无论什么调度都成立。" })
