-- Grader for lesson 26 (sync.Once caching a failure). The world (world.go)
-- has a config server whose first calls fail, and clients whose requests call
-- getConfig. On several worlds and explored schedules (random and PCT, timing
-- adversary, race detector on) the grader checks that:
--   * a request whose load fails returns the server's error, and the next
--     request tries again: exactly the failing calls' requests fail;
--   * every other request gets the server's config;
--   * from the events (the server's sleeps in main.FetchConfig): the server
--     is never called again after a success, and never by two requests at once;
--   * no race, no deadlock, nothing left blocked.
local say, check = lab.say, lab.check

local function world(t)
  t.total = t.clients * t.requests
  t.want_failed = math.min(t.fail, t.total)
  t.want_calls = math.min(t.fail + 1, t.total)
  t.args = { "-fail=" .. t.fail, "-err=" .. t.err, "-latency=" .. t.latency, "-clients=" .. t.clients,
             "-requests=" .. t.requests, "-every=" .. t.every, "-version=" .. t.version, "-limit=" .. t.limit }
  t.desc = table.concat(t.args, " ")
  return t
end

local function where(w)
  return say{ en = " (world: " .. w.desc .. ")", zh = "（世界参数：" .. w.desc .. "）" }
end

-- The config server's calls: each call sleeps in main.FetchConfig.
local function server_calls(r)
  local open, calls, most, now = {}, {}, 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and e.func == "main.FetchConfig" then
      open[e.g] = #calls + 1
      calls[#calls + 1] = { g = e.g, t0 = e.t }
      now = now + 1
      if now > most then most = now end
    elseif (e.kind == "go unblock" or e.kind == "go end") and open[e.g] then
      calls[open[e.g]].t1 = e.t
      open[e.g] = nil
      now = now - 1
    end
  end
  return calls, most
end

local function judge(r, w)
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "limit" then
    return "requests return", say{
      en = "the run never ended" .. where(w) .. ": " .. lab.explain(r) ..
           "\nWhile the config server is down, a request must return its error rather than wait for the server to come back.",
      zh = "程序一直没有结束" .. where(w) .. "：" .. lab.explain(r) ..
           "\n配置服务器宕机期间，请求应当返回错误，而不是一直等到服务器恢复。" }
  end
  if r.status ~= "exit" then
    return "main returns", say{ en = "the program did not end normally" .. where(w) .. ": " .. lab.explain(r),
                                zh = "程序没有正常结束" .. where(w) .. "：" .. lab.explain(r) }
  end
  if #r.races > 0 then
    return "no data race", say{
      en = "data race" .. where(w) .. ": " .. lab.explain(r.races[1]) ..
           "\nThe cached config (and a sync.Once, if you reassign one) is shared by every request: read and write it under one lock.",
      zh = "数据竞争" .. where(w) .. "：" .. lab.explain(r.races[1]) ..
           "\n缓存的配置（以及被重新赋值的 sync.Once）被所有请求共享：要在同一把锁内读写。" }
  end
  if #r.leaked > 0 then
    return "nothing left blocked", say{
      en = "goroutines are left blocked when main returns" .. where(w) .. ": " .. lab.explain(r.leaked),
      zh = "main 返回时还有 goroutine 阻塞着" .. where(w) .. "：" .. lab.explain(r.leaked) }
  end
  local ok, failed, other = 0, 0, {}
  local good = "ok " .. w.version .. "/" .. w.limit
  for line in r.stdout:gmatch("[^\n]+") do
    local what = line:match("^request %d+%.%d+: (.*)$")
    if what == good then ok = ok + 1
    elseif what == "error: " .. w.err then failed = failed + 1
    else other[#other + 1] = line end
  end
  if #other > 0 then
    return "right config or the server's error", say{
      en = "a request got neither the server's config (`" .. good .. "`) nor its error (`" .. w.err .. "`)" .. where(w) ..
           ": `" .. other[1] .. "`. Return what FetchConfig returned.",
      zh = "有请求既没有拿到服务器的配置（`" .. good .. "`）也没有拿到它的错误（`" .. w.err .. "`）" .. where(w) ..
           "：`" .. other[1] .. "`。请返回 FetchConfig 的结果。" }
  end
  if ok + failed ~= w.total then
    return "every request answered", say{
      en = string.format("%d requests were made, %d answered%s.", w.total, ok + failed, where(w)),
      zh = string.format("共发出 %d 个请求，只有 %d 个得到回答%s。", w.total, ok + failed, where(w)) }
  end
  local calls, most = server_calls(r)
  if most > 1 then
    return "one load at a time", say{
      en = most .. " requests called the config server at the same time" .. where(w) ..
           ": while one request loads the config, the others must wait for it (check again after taking the lock), not load it too.",
      zh = "有 " .. most .. " 个请求同时调用了配置服务器" .. where(w) ..
           "：一个请求在加载配置时，其他请求应当等它（拿到锁之后再检查一次），而不是也去加载。" }
  end
  if failed > w.want_failed then
    return "a failure is not cached", say{
      en = string.format("%d requests failed, but the server failed only %d call(s)%s: after a failed load the next request must try the server again. Do not keep the error: sync.Once remembers that it ran, not whether it worked, and an error kept even for a while fails requests the server would have answered.",
                         failed, w.want_failed, where(w)),
      zh = string.format("有 %d 个请求失败，而服务器只有 %d 次调用失败%s：加载失败之后，下一个请求必须重新访问服务器。不要保留错误：sync.Once 只记得自己执行过，不记得是否成功；哪怕只把错误保留一会儿，也会让本可以得到回答的请求失败。",
                         failed, w.want_failed, where(w)) }
  end
  if failed < w.want_failed then
    return "a failed load returns its error", say{
      en = string.format("the server failed %d call(s), but only %d request(s) got an error%s: a request whose load fails must return that error at once, not retry until the server is back (or make up a config).",
                         w.want_failed, failed, where(w)),
      zh = string.format("服务器有 %d 次调用失败，却只有 %d 个请求收到错误%s：加载失败的请求应当立即返回这个错误，而不是一直重试到服务器恢复（或者编造一份配置）。",
                         w.want_failed, failed, where(w)) }
  end
  if #calls ~= w.want_calls then
    return "no load after a success", say{
      en = string.format("the config server was called %d times, %d would do%s: once a load has succeeded, every later request must use the cached config.",
                         #calls, w.want_calls, where(w)),
      zh = string.format("配置服务器被调用了 %d 次，其实 %d 次就够了%s：一旦加载成功，之后的每个请求都应使用缓存的配置。",
                         #calls, w.want_calls, where(w)) }
  end
  return nil
end

local worlds = {
  world{ name = "the story", fail = 2, err = "config server unavailable", latency = "30ms", clients = 4,
         requests = 5, every = "10ms", version = "v42", limit = 100 },
  world{ name = "the server is up at once", fail = 0, err = "unreachable", latency = "5ms", clients = 3,
         requests = 4, every = "2ms", version = "2024-06", limit = 7 },
  world{ name = "a long start-up", fail = 5, err = "503 Service Unavailable", latency = "5ms", clients = 2,
         requests = 4, every = "40ms", version = "v7", limit = 12 },
  world{ name = "the server never comes up", fail = 99, err = "connection refused", latency = "8ms", clients = 3,
         requests = 2, every = "5ms", version = "v1", limit = 1 },
}
for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args }
  local name, msg = judge(r, w)
  check("world " .. i .. " (" .. w.name .. ")" .. (name and (": " .. name) or ""), name == nil, msg)
end

for i, w in ipairs{ worlds[1], worlds[3] } do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 40, mode = mode, seed = 3 * i, args = w.args,
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
  en = "A failed load is returned, not cached; the next request tries again, one load at a time, and a success is kept.",
  zh = "加载失败时返回错误而不缓存；下一个请求会重试，每次只有一个加载，成功的结果会被保留。" })
