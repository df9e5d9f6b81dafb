-- Grader: in every world (traffic, client timeouts, backends, configs) the
-- pool makes at most BackendLimit backend calls at once, lets at most
-- QueueLimit requests wait for one (the others get ErrBusy at once), calls
-- the backend for no client that has given up, answers every client by its
-- deadline, still prices about as many requests as the backend can serve, and
-- leaves nothing running after stopPool. Plain runs with the race detector,
-- then explored schedules (random and PCT, with the timing adversary).
local say, check = lab.say, lab.check

-- world.go reads -every= -for= -timeout= -latency= -slow=AT:LAT -limit= -queue= (ms here)
local worlds = {
  { id = "story", every = 2, run = 600, timeout = 100, latency = 5, slow_at = 100, slow = 40, limit = 4, queue = 4 },
  -- clients that give up sooner than the queue drains
  { id = "impatient", every = 1, run = 400, timeout = 60, latency = 2, slow_at = 100, slow = 25, limit = 6, queue = 20, ok_factor = 0.5 },
  -- a wide backend that keeps up with everything
  { id = "wide", every = 1, run = 300, timeout = 200, latency = 10, slow_at = 0, slow = 10, limit = 16, queue = 2 },
  -- bursts of ten requests at once
  { id = "bursts", every = 20, burst = 10, run = 200, timeout = 50, latency = 15, slow_at = 0, slow = 15, limit = 3, queue = 2 },
  -- a narrow backend, a one-place queue
  { id = "narrow", every = 3, run = 500, timeout = 80, latency = 4, slow_at = 250, slow = 30, limit = 2, queue = 1 },
}
-- The explored worlds: the same traffic in a few requests (explore runs each
-- one on many schedules): the backend still slows down, the queue still
-- fills, clients still give up and requests still arrive at once.
local explored = {
  { id = "story", every = 2, run = 14, timeout = 100, latency = 5, slow_at = 4, slow = 40, limit = 2, queue = 2 },
  { id = "impatient", every = 1, run = 5, timeout = 16, latency = 2, slow_at = 2, slow = 12, limit = 1, queue = 3, ok_factor = 0.5 },
  { id = "wide", every = 1, run = 5, timeout = 200, latency = 10, slow_at = 0, slow = 10, limit = 5, queue = 2 },
  { id = "bursts", every = 20, burst = 5, run = 20, timeout = 50, latency = 15, slow_at = 0, slow = 15, limit = 2, queue = 2 },
  { id = "narrow", every = 3, run = 18, timeout = 80, latency = 4, slow_at = 6, slow = 30, limit = 2, queue = 1 },
}
local function describe(w)
  w.args = { "-every=" .. w.every .. "ms", "-for=" .. w.run .. "ms", "-timeout=" .. w.timeout .. "ms",
             "-latency=" .. w.latency .. "ms", "-slow=" .. w.slow_at .. "ms:" .. w.slow .. "ms",
             "-limit=" .. w.limit, "-queue=" .. w.queue, "-burst=" .. (w.burst or 1) }
  w.burst = w.burst or 1
  -- what the backend can price: every request while it keeps up, then its capacity
  local n1 = math.ceil(w.slow_at / w.every) * w.burst
  local n2 = math.ceil(w.run / w.every) * w.burst - n1
  local served = math.min(n1, w.limit * w.slow_at // w.latency) + math.min(n2, w.limit * (w.run - w.slow_at) // w.slow)
  -- (a long queue costs calls that finish after their client left: less is priced)
  w.ok_factor = w.ok_factor or 0.7
  w.min_ok = math.floor(w.ok_factor * served)
  w.desc = string.format((w.burst > 1 and (w.burst .. "x ") or "") .. "a request every %dms for %dms, clients wait %dms; backend %dms, %dms from %dms on; BackendLimit %d, QueueLimit %d",
                         w.every, w.run, w.timeout, w.latency, w.slow, w.slow_at, w.limit, w.queue)
  w.desc_zh = string.format("每 %dms 来 %d 个请求，持续 %dms，客户端等 %dms；后端 %dms，从 %dms 起 %dms；BackendLimit %d，QueueLimit %d",
                            w.every, w.burst, w.run, w.timeout, w.latency, w.slow_at, w.slow, w.limit, w.queue)
end
for _, w in ipairs(worlds) do describe(w) end
for _, w in ipairs(explored) do
  -- (the timing adversary may let a deadline pass between the check and the
  -- call: about one call per backend slot can be wasted on a good schedule)
  w.slack = 2 * w.limit
  describe(w)
end

local function where(w)
  return say{ en = " (world `" .. w.id .. "`: " .. w.desc .. ")", zh = "（世界 `" .. w.id .. "`：" .. w.desc_zh .. "）" }
end

local function judge(r, w, strict)
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status ~= "exit" then
    return false, say{ en = "the server does not exit normally" .. where(w) .. ": ",
                       zh = "服务器没有正常退出" .. where(w) .. "：" } .. lab.explain(r)
  end
  if #r.races > 0 then
    return false, say{ en = "data race" .. where(w) .. ": ", zh = "数据竞争" .. where(w) .. "：" } .. lab.explain(r.races[1])
  end
  local n, ok, busy, timed, late, other, most, wasted, twice, waiting
  for a, b, c, d, e, f in r.stdout:gmatch("(%d+) requests: (%d+) priced, (%d+) refused %(busy%), (%d+) timed out, (%d+) late, (%d+) other") do
    n, ok, busy, timed, late, other = tonumber(a), tonumber(b), tonumber(c), tonumber(d), tonumber(e), tonumber(f)
  end
  for a, b, c, d in r.stdout:gmatch("backend: at most (%d+) calls at once, (%d+) calls for clients already gone, (%d+) repeated; at most (%d+) requests waiting") do
    most, wasted, twice, waiting = tonumber(a), tonumber(b), tonumber(c), tonumber(d)
  end
  local outs = lab.events(r, { kind = "output", a = 1 })
  if not (n and most) or #outs == 0 or outs[#outs].func ~= "main.main" or outs[#outs].file ~= "world.go" then
    return false, say{ en = "the server's report is missing" .. where(w) .. ":\n", zh = "缺少服务器的报告" .. where(w) .. "：\n" } .. r.stdout
  end
  -- every price comes from a backend call (when the trace holds the whole run)
  if (r.events_total or 0) == #r.events then
    local calls = #lab.events(r, { kind = "go block", reason = "sleep", func = "main.CallBackend" })
    if calls < ok then
      return false, say{
        en = string.format("%d clients got a price but the backend was called %d times%s: every price must come from CallBackend.",
                           ok, calls, where(w)),
        zh = string.format("有 %d 个客户端拿到了价格，但后端只被调用了 %d 次%s：每个价格都必须来自 CallBackend。",
                           ok, calls, where(w)) }
    end
  end
  if most > w.limit then
    return false, say{
      en = string.format("the backend got %d calls at once%s, but it serves BackendLimit = %d: more calls only slow every call down. " ..
                         "Size the pool from the config, not a constant.", most, where(w), w.limit),
      zh = string.format("后端同时收到了 %d 个调用%s，而它只能同时处理 BackendLimit = %d 个：调用再多只会让每个调用都变慢。" ..
                         "池的大小要来自配置，而不是常量。", most, where(w), w.limit) }
  end
  if strict and waiting > w.queue + w.limit + 1 then
    return false, say{
      en = string.format("up to %d requests were waiting for the backend at once%s; QueueLimit is %d. " ..
                         "A longer queue only makes every answer later: refuse what does not fit with ErrBusy, at once.",
                         waiting, where(w), w.queue),
      zh = string.format("同时有多达 %d 个请求在等后端%s；QueueLimit 是 %d。" ..
                         "队列越长，每个回答只会越晚：放不下的请求立即用 ErrBusy 拒绝。", waiting, where(w), w.queue) }
  end
  -- a request that waits for room in the queue cannot be refused at once nor
  -- answered by its deadline (a check of len(jobs) before the send can be
  -- stale: explore switches goroutines right after it)
  local client = {}   -- the goroutines world.go starts, one per request
  for _, e in ipairs(lab.events(r, { kind = "go create", file = "world.go" })) do client[e.a] = true end
  for _, e in ipairs(lab.events(r, { kind = "go block", reason = "chan send" })) do
    if client[e.g] and e.file ~= "world.go" then
      return false, say{
        en = string.format("a request waited at %s:%d to send%s: whoever finds the queue full must get ErrBusy at once, " ..
                           "and a waiting send hears no deadline. Try the send and refuse in one step (a select with a default).",
                           e.file, e.line, where(w)),
        zh = string.format("有个请求在 %s:%d 等着发送%s：发现队列已满的请求必须立即得到 ErrBusy，" ..
                           "而一个阻塞的发送听不到截止时间。尝试发送与拒绝要在一步里完成（带 default 的 select）。",
                           e.file, e.line, where(w)) }
    end
  end
  if other > 0 or twice > 0 then
    return false, say{
      en = string.format("%d client(s) got a wrong price or an unexpected error, and %d request(s) were priced twice%s: " ..
                         "answer each request with its own price, ErrBusy, or the context's error.", other, twice, where(w)),
      zh = string.format("有 %d 个客户端拿到了错误的价格或意外的错误，%d 个请求被定价了两次%s：" ..
                         "每个请求的回答只能是它自己的价格、ErrBusy 或 context 的错误。", other, twice, where(w)) }
  end
  -- (explored: the timing adversary may let a deadline pass between the check and the call)
  if wasted > (strict and 0 or w.slack) then
    return false, say{
      en = string.format("the backend was called %d times for clients that had already given up%s: that work is thrown away while live clients wait. " ..
                         "Check the request's context before calling the backend.", wasted, where(w)),
      zh = string.format("有 %d 次后端调用是为已经放弃的客户端做的%s：这些工作白白浪费，而活着的客户端还在等。" ..
                         "调用后端之前先检查请求的 context。", wasted, where(w)) }
  end
  if strict and late > 0 then
    return false, say{
      en = string.format("%d client(s) got their answer after their deadline%s: Handle must return when ctx is done.", late, where(w)),
      zh = string.format("有 %d 个客户端在截止时间之后才拿到回答%s：ctx 结束时 Handle 必须返回。", late, where(w)) }
  end
  if strict and ok < w.min_ok then
    return false, say{
      en = string.format("only %d of %d requests were priced%s; the backend can price about %d of them. " ..
                         "Refuse only what does not fit: keep BackendLimit calls going and QueueLimit requests waiting.",
                         ok, n, where(w), math.ceil(w.min_ok / w.ok_factor)),
      zh = string.format("%d 个请求中只有 %d 个被定价%s；后端大约能处理 %d 个。" ..
                         "只拒绝放不下的：保持 BackendLimit 个调用在进行、QueueLimit 个请求在等待。",
                         n, ok, where(w), math.ceil(w.min_ok / w.ok_factor)) }
  end
  if #r.leaked > 0 then
    return false, say{
      en = "goroutines are still running after stopPool" .. where(w) .. ": " .. lab.explain(r.leaked) ..
           "\nstopPool should end the workers and wait for them.",
      zh = "stopPool 之后仍有 goroutine 在运行" .. where(w) .. "：" .. lab.explain(r.leaked) .. "\nstopPool 应当让 worker 结束并等它们退出。" }
  end
  return true
end

for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args }
  local ok, why = judge(r, w, true)
  check("world " .. w.id, ok, why)
end
for i, w in ipairs(explored) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 40, mode = mode, seed = 3 * i, args = w.args,
                             check = function(r) return judge(r, w, false) end }
    check("explore " .. mode .. " " .. w.id, all.failed == 0,
          say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end
return pass(say{
  en = "The pool matches the backend, the queue is short, the rest is refused at once, and no call is wasted on a client who left — in every world, on every schedule tried.",
  zh = "池的大小与后端相符，队列很短，其余请求立即被拒绝，也没有调用浪费在已离开的客户端上——在每个世界、尝试的每种调度下都成立。" })
