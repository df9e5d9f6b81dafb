-- Grader: in several worlds (traffic, pool sizes, latencies, which queries
-- are slow, deadlines), the fast requests succeed and the others time out;
-- from the events: no query takes or holds a connection, or runs at all,
-- after its request's deadline, and every "ok" is backed by a query that
-- really ran on a connection; nothing races or leaks; on explored schedules,
-- on a fair clock and with the timing adversary (race detector on: the default).
local say, check = lab.say, lab.check

local MS = 1000000
local worlds = {
  { name = "story", zh = "故事", requests = 20, every = 50, deadline = 200, conns = 3, fast = 30, slow = 3000,
    default_slow = true },
  { name = "one connection behind a 500ms report", zh = "一个连接被 500ms 的报表占着", requests = 16, every = 30, deadline = 100,
    deadlines = { [1] = 500 }, conns = 1, fast = 10, slow = 1000, slowids = {1} },
  { name = "six connections, other slow queries", zh = "六个连接，别的慢查询", requests = 24, every = 25, deadline = 150, conns = 6,
    fast = 40, slow = 2000, slowids = {2, 3, 5, 11, 13, 17} },
}
-- The explored worlds: the same stories in fewer requests (explore runs each
-- one on many schedules): slow queries still time out holding connections,
-- requests still queue behind the report until their deadlines.
local explored = {
  { name = "story", zh = "故事", requests = 6, every = 50, deadline = 200, conns = 3, fast = 30, slow = 3000,
    default_slow = true },
  -- requests 2 (its deadline at 130ms) times out behind the report; 3 to 5 get the connection at 140ms
  { name = "one connection behind a 140ms report", zh = "一个连接被 140ms 的报表占着", requests = 5, every = 30, deadline = 100,
    deadlines = { [1] = 140 }, conns = 1, fast = 10, slow = 1000, slowids = {1}, ok = 3 },
  { name = "six connections, other slow queries", zh = "六个连接，别的慢查询", requests = 6, every = 25, deadline = 150, conns = 6,
    fast = 40, slow = 2000, slowids = {2, 3, 5} },
}
-- The world's arguments, each request's deadline and latency, and the answer a
-- correct server gives (worked out by hand for these worlds: a fast query never
-- waits past its deadline for a connection, except in the second world, where
-- requests 2-14 queue behind the report's connection until their deadlines).
worlds[2].ok = 2
local function setup(w)
  w.args = { "-requests=" .. w.requests, "-every=" .. w.every .. "ms", "-deadline=" .. w.deadline .. "ms",
             "-conns=" .. w.conns, "-fast=" .. w.fast .. "ms", "-slow=" .. w.slow .. "ms" }
  local slow = {}
  if w.slowids then
    w.args[#w.args + 1] = "-slowids=" .. table.concat(w.slowids, ",")
    for _, id in ipairs(w.slowids) do slow[id] = true end
  else
    for id = 4, w.requests, 4 do slow[id] = true end
  end
  if w.deadlines then
    local t = {}
    for id, d in pairs(w.deadlines) do t[#t + 1] = id .. ":" .. d .. "ms" end
    w.args[#w.args + 1] = "-deadlines=" .. table.concat(t, ",")
  end
  w.deadline_of, w.latency_of = {}, {}
  local ok = 0
  for id = 1, w.requests do
    w.deadline_of[id] = ((w.deadlines or {})[id] or w.deadline) * MS
    w.latency_of[id] = (slow[id] and w.slow or w.fast) * MS
    if not slow[id] then ok = ok + 1 end
  end
  w.ok = w.ok or ok
  w.timeout = w.requests - w.ok
end
for _, w in ipairs(worlds) do setup(w) end
for _, w in ipairs(explored) do setup(w) end

local LIMITS = { steps = 5000000 }
local EPS = MS -- a goroutine reacts to its deadline within 1ms of virtual time

-- From the events: for each request (the goroutines main's loop created, and
-- theirs), when it arrived, which of its goroutines took and gave back a pool
-- connection when, and when its goroutines ended.
local function requests_of(r)
  local pool, req, arrival, n = nil, {}, {}, 0
  local took, gave, ended = {}, {}, {}
  for _, e in ipairs(r.events) do
    if e.kind == "chan make" and not pool and e.file == "world.go" then
      pool = e.a -- configure makes the pool first (events name it only once it is stored)
    elseif e.kind == "go create" and e.g == 1 and e.func == "main.main" then
      n = n + 1
      req[e.a], arrival[n] = n, e.t
    elseif e.kind == "go create" and req[e.g] then
      req[e.a] = req[e.g]
    elseif e.kind == "chan send" and e.a == pool and req[e.g] then
      local k = req[e.g]
      took[k] = took[k] or {}
      table.insert(took[k], e.t)
    elseif e.kind == "chan recv" and e.a == pool and req[e.g] then
      local k = req[e.g]
      gave[k] = gave[k] or {}
      table.insert(gave[k], e.t)
    elseif e.kind == "go end" and req[e.g] then
      ended[e.g] = e.t
    end
  end
  return { req = req, arrival = arrival, n = n, took = took, gave = gave, ended = ended }
end

-- Goroutines left blocked when main returned, but for the context package's own
-- (a deadline's timer goroutine cancelling while main exits: the lock it waits
-- for is held by a runnable goroutine, not lost).
local function leaks(r)
  local t = {}
  for _, g in ipairs(r.leaked) do
    if not ((g.func or ""):find("^context%.") and g.state == "sync.Mutex.Lock") then t[#t + 1] = g end
  end
  return t
end

-- An explored failure, with the world's arguments for replaying it:
-- gorolab run FILES --schedule '...' -- ARGS
local function replay(all, w)
  if all.failed == 0 then return nil end
  return all.first_failure .. say{ en = "\n  the world's arguments (after --): ", zh = "\n  这个世界的参数（放在 -- 之后）：" } ..
    table.concat(w.args, " ")
end

local function judge(w, r, timed)
  local where = say{ en = " (world: " .. w.name .. ")", zh = "（世界：" .. (w.zh or w.name) .. "）" }
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status ~= "exit" then
    return false, say{ en = "main should return normally, got ", zh = "main 应正常返回，实际是 " } ..
      r.status .. where .. "\n" .. lab.explain(r) .. "\n" .. r.stderr
  end
  if #r.races > 0 then return false, lab.explain(r.races) .. where end
  local ok, timeout = r.stdout:match("^ok (%d+), timeout (%d+)\n$")
  if not ok then
    return false, say{ en = "expected one line `ok N, timeout N`, got:\n", zh = "应输出一行 `ok N, timeout N`，实际是：\n" } ..
      r.stdout .. where
  end
  ok, timeout = tonumber(ok), tonumber(timeout)
  if ok + timeout ~= w.requests then
    return false, say{ en = string.format("%d requests arrived but %d were answered: every request must be " ..
      "answered \"ok\" or \"timeout\".", w.requests, ok + timeout),
      zh = string.format("到达了 %d 个请求，却只回答了 %d 个：每个请求都必须回答 \"ok\" 或 \"timeout\"。",
      w.requests, ok + timeout) } .. where
  end
  if timed and ok > w.ok then
    return false, say{ en = string.format("%d requests answered \"ok\"; with every query giving up exactly at its own " ..
      "request's deadline, %d would. Does a query stop at some other time (a fixed timeout of its own?), or " ..
      "does a request answer without its query (a guess about which requests are slow)?", ok, w.ok),
      zh = string.format("%d 个请求回答了 \"ok\"；如果每个查询都恰好在它自己请求的截止时间放弃，应是 %d 个。" ..
      "是否有查询在别的时间停止（自己写死的超时？），或者请求没经过查询就作答（猜测哪些请求慢）？", ok, w.ok) } .. where
  end
  if timed and ok < w.ok then
    return false, say{ en = string.format("%d of %d requests succeeded; with the deadline passed down, %d would: " ..
      "timed-out queries still hold or wait for the connections. Does `query` see the request's deadline?",
      ok, w.requests, w.ok),
      zh = string.format("%d 个请求中只有 %d 个成功；若截止时间一路传下去，应有 %d 个成功：超时的查询仍占着或等着连接。" ..
      "`query` 看得到请求的截止时间吗？", w.requests, ok, w.ok) } .. where
  end
  if #leaks(r) > 0 then
    return false, say{ en = string.format("%d goroutine(s) are still running or queued for a connection after " ..
      "every request was answered:\n", #leaks(r)),
      zh = string.format("所有请求都已回答，仍有 %d 个 goroutine 在运行或排队等连接：\n", #leaks(r)) } ..
      lab.explain(leaks(r)) .. where
  end
  if not timed then return true end -- explored: time is the adversary's, only the invariants hold

  local q = requests_of(r)
  local ran = 0
  for k = 1, q.n do
    local due = q.arrival[k] + w.deadline_of[k]
    for i, t in ipairs(q.took[k] or {}) do
      if t > due + EPS then
        return false, say{ en = string.format("request %d's query took a connection %.0fms after the request's " ..
          "deadline: waiting for a connection must stop at the deadline (select on ctx.Done()).", k, (t - due) / MS),
          zh = string.format("请求 %d 的查询在截止时间过去 %.0fms 后才拿到连接：等待连接也必须在截止时间停止（select ctx.Done()）。",
          k, (t - due) / MS) } .. where
      end
      local back = (q.gave[k] or {})[i]
      if back and back > due + EPS then
        return false, say{ en = string.format("request %d's query gave its connection back %.0fms after the " ..
          "request's deadline: the query should stop at the deadline and free the connection.", k, (back - due) / MS),
          zh = string.format("请求 %d 的查询在截止时间过去 %.0fms 后才归还连接：查询应在截止时间停止并释放连接。",
          k, (back - due) / MS) } .. where
      end
      if back and back - t >= w.latency_of[k] - EPS then ran = ran + 1 end
    end
  end
  for g, k in pairs(q.req) do
    local due = q.arrival[k] + w.deadline_of[k]
    local t = q.ended[g] or r.virtual_time
    if t > due + EPS then
      return false, say{ en = string.format("goroutine %d (request %d) was still working %.0fms after the request's " ..
        "deadline: no work should outlive the request.", g, k, (t - due) / MS),
        zh = string.format("goroutine %d（请求 %d）在截止时间过去 %.0fms 后仍在工作：任何工作都不应比请求活得更久。",
        g, k, (t - due) / MS) } .. where
    end
  end
  if ran < ok then
    return false, say{ en = string.format("%d requests answered \"ok\" but only %d queries ran to the end on a pool " ..
      "connection: \"ok\" means the query ran.", ok, ran),
      zh = string.format("%d 个请求回答了 \"ok\"，但只有 %d 个查询在连接池的连接上完整运行：\"ok\" 意味着查询真的运行了。",
      ok, ran) } .. where
  end
  return true
end

for _, w in ipairs(worlds) do
  for _, seed in ipairs{1, 2} do
    local r = lab.run{ seed = seed, args = w.args, limits = LIMITS }
    local ok, why = judge(w, r, true)
    check("world " .. w.name .. ", seed " .. seed .. ": answers, deadlines honoured", ok, why)
  end
end
for _, w in ipairs(explored) do
  -- Other interleavings on a fair clock: the same answers, the same deadlines honoured.
  local fair = lab.explore{ runs = 20, mode = "pct", seed = 9, args = w.args, limits = LIMITS, timing = false,
                            check = function(r) return judge(w, r, true) end }
  check("world " .. w.name .. ": pct schedules, fair clock", fair.failed == 0, replay(fair, w))
  -- Schedules that starve goroutines while the clock runs to the next deadline.
  for _, mode in ipairs{"random", "pct"} do
    local all = lab.explore{ runs = 50, mode = mode, seed = 5, args = w.args, limits = LIMITS,
                             check = function(r) return judge(w, r, false) end }
    check("world " .. w.name .. ": " .. mode .. " schedules, timing adversary", all.failed == 0, replay(all, w))
  end
end
return pass(say{ en = "The deadline travels down to the query: timed-out work frees its connection at once.",
  zh = "截止时间一路传到查询：超时的工作立即释放它的连接。" })
