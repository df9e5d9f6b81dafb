-- Grader for lesson 25 (a channel used as a lock). The world (world.go) runs
-- the clients and a monitor from args; the grader computes each world's total
-- and checks, on several worlds and on explored schedules (random and PCT,
-- timing adversary, race detector on), that:
--   * the program ends (no deadlock on the "lock"), leaves nothing blocked;
--   * the race detector reports nothing (record and total both synchronise);
--   * the KiB served is the exact total (no update lost);
--   * from the events: the clients really downloaded at the same time.
local say, check = lab.say, lab.check

local function size(c, i) return (c * 7 + i * 5) % 13 + 1 end -- as in world.go

local function world(clients, downloads, think, name)
  local w = { total = 0, clients = clients, downloads = downloads, name = name }
  for c = 0, clients - 1 do
    for i = 0, downloads - 1 do w.total = w.total + size(c, i) end
  end
  w.args = { "-clients=" .. clients, "-downloads=" .. downloads, "-think=" .. think }
  w.desc = table.concat(w.args, " ")
  w.want = string.format("%d downloads, %d KiB served", clients * downloads, w.total)
  return w
end

local function where(w)
  return say{ en = " (world: " .. w.desc .. ")", zh = "（世界参数：" .. w.desc .. "）" }
end

local function blocked_on_lock(r)
  for _, g in pairs(r.goroutines or {}) do
    if g.state == "chan send" or g.state == "chan receive" then return true end
  end
  return false
end

local function judge(r, w, plain)
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "deadlock" or (r.status ~= "exit" and blocked_on_lock(r)) then
    return "no deadlock", say{
      en = "the program deadlocked" .. where(w) .. ": " .. lab.explain(r) ..
           "\nA send on a channel without a buffer waits until another goroutine receives. Every client sends to take the \"lock\" and nobody ever receives, so nobody gets it. A channel can only work as a lock with a buffer of exactly one, and a sync.Mutex says what you mean.",
      zh = "程序死锁了" .. where(w) .. "：" .. lab.explain(r) ..
           "\n无缓冲 channel 上的发送要等另一个 goroutine 来接收。每个客户端都发送来“拿锁”，却没有人接收，于是谁也拿不到。channel 只有在缓冲恰好为 1 时才能当锁用；而 sync.Mutex 直接表达了你的意图。" }
  end
  if r.status ~= "exit" then
    return "main returns", say{ en = "the program did not end normally" .. where(w) .. ": " .. lab.explain(r),
                                zh = "程序没有正常结束" .. where(w) .. "：" .. lab.explain(r) }
  end
  if #r.races > 0 then
    return "no data race", say{
      en = "data race" .. where(w) .. ": " .. lab.explain(r.races[1]) ..
           "\nEvery access to `served`, the reads in total() too, must be inside the same lock (or be one atomic operation). A channel with room for several senders, or a receiver that takes every send at once, excludes nobody.",
      zh = "数据竞争" .. where(w) .. "：" .. lab.explain(r.races[1]) ..
           "\n对 `served` 的每次访问（包括 total() 里的读）都必须在同一把锁内（或者是一个原子操作）。能容纳多个发送者的 channel，或者一个立刻收走所有发送的接收者，什么也排斥不了。" }
  end
  if #r.leaked > 0 then
    return "nothing left blocked", say{
      en = "goroutines are left blocked when main returns" .. where(w) .. ": " .. lab.explain(r.leaked),
      zh = "main 返回时还有 goroutine 阻塞着" .. where(w) .. "：" .. lab.explain(r.leaked) }
  end
  local got = r.stdout:match("[^\n]*KiB served") or (r.stdout:gsub("\n$", ""))
  if not r.stdout:find(w.want, 1, true) then
    local n = tonumber(r.stdout:match("(%-?%d+) KiB served"))
    local why = (n and n < w.total) and say{
      en = "updates were lost: two records read the same old value and one write overwrote the other. Reading, adding and writing must be one step under the lock (or one atomic Add).",
      zh = "有更新丢失：两次 record 读到同一个旧值，一次写入覆盖了另一次。读、加、写必须在锁内一步完成（或者用一次原子 Add）。" }
      or say{ en = "count each download once, with its size.", zh = "每次下载按大小计数一次。" }
    return "exact total", say{
      en = "expected `" .. w.want .. "`" .. where(w) .. ", got `" .. got .. "`: " .. why,
      zh = "应当输出 `" .. w.want .. "`" .. where(w) .. "，实际是 `" .. got .. "`：" .. why }
  end
  if plain and w.clients >= 2 and lab.max_alive(r, "main.client") < 2 then
    return "clients at once", say{ en = "the clients did not run at the same time" .. where(w) .. ".",
                                   zh = "客户端没有同时运行" .. where(w) .. "。" }
  end
  return nil
end

local worlds = {
  world(6, 40, "2ms", "the story"),
  world(3, 25, "1ms", "three clients"),
  world(11, 9, "5ms", "many clients, few downloads"),
}
for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args }
  local name, msg = judge(r, w, true)
  check("world " .. i .. " (" .. w.name .. ")" .. (name and (": " .. name) or ""), name == nil, msg)
end

-- Explored schedules on small worlds: a lost update is one preemption away.
local small = { world(3, 6, "1ms", "small"), world(2, 10, "3ms", "two clients") }
for i, w in ipairs(small) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 40, mode = mode, seed = 5 * i, args = w.args,
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
  en = "The counter is exact and race-free on every world and schedule: record and total exclude each other.",
  zh = "计数器在每个世界、每种调度下都准确且没有数据竞争：record 和 total 互相排斥。" })
