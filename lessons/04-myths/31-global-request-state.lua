-- Grader: in every world (other users, amounts that repeat, other latencies)
-- and on every explored schedule, each request's audit line names the user
-- that request authenticated, the ledger charges each user what they asked
-- for, there is no data race, and the requests are served at the same time
-- (their authentications overlap, and so do the charges of requests
-- authenticated at the same moment), not one after another.
local say, check = lab.say, lab.check

local function world(spec, latency)
  local audit, ledger, n = {}, {}, 0
  for user, amount in spec:gmatch("(%w+):(%d+)") do
    n = n + 1
    local line = "audit: " .. user .. " charged " .. amount
    audit[line] = (audit[line] or 0) + 1
    ledger[user] = (ledger[user] or 0) + tonumber(amount)
  end
  -- The auth service takes latency * (1 + (n-i)%3) for request i: requests
  -- whose checks take as long finish together and charge at the same moment.
  local seen, together = {}, false
  for i = 0, n - 1 do
    local k = (n - i) % 3
    if seen[k] then together = true end
    seen[k] = true
  end
  local args = { "-requests=" .. spec, "-latency=" .. latency }
  return { args = args, n = n, audit = audit, ledger = ledger, together = together, desc = table.concat(args, " ") }
end

local worlds = {
  { world("alice:30,bob:12,carol:7,dave:50", "10ms"), "the story's requests" },
  { world("erin:20,frank:20,erin:5,gina:20", "3ms"), "amounts that repeat, a user twice" },
  { world("ivan:1,judy:2,ivan:3,kim:4,lee:5,mia:6,ned:7", "40ms"), "seven requests, a slow auth service" },
  { world("oscar:99", "1ms"), "a single request" },
}

-- The most goroutines asleep in fn at the same time: requests in flight.
local function overlap(r, fn)
  local open, now, most = {}, 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and e.func == fn then
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
           "\nEvery handler writes and reads the same variable: the user belongs to one request, so it must travel with that request.",
      zh = lab.explain(r.races[1]) .. where ..
           "\n所有 handler 都在读写同一个变量：用户属于某一个请求，就应当跟着那个请求走。" }
  end
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status ~= "exit" then
    return "main returns", say{
      en = "main should return normally" .. where .. ": " .. lab.explain(r),
      zh = "main 应当正常返回" .. where .. "：" .. lab.explain(r) }
  end
  local got, lines = {}, 0
  for line in r.stdout:gmatch("[^\n]+") do
    if line:find("^audit: ") then got[line], lines = (got[line] or 0) + 1, lines + 1 end
  end
  for line, k in pairs(w.audit) do
    if (got[line] or 0) ~= k then
      return "each audit line names its own user", say{
        en = "expected the audit line `" .. line .. "`" .. (k > 1 and (" " .. k .. " times") or "") .. where ..
             ", the audit log was:\n" .. r.stdout ..
             "\nA charge was written down for someone else: while one handler waited, another changed the user it was going to read.",
        zh = "应当有审计记录 `" .. line .. "`" .. (k > 1 and ("（" .. k .. " 次）") or "") .. where ..
             "，实际输出：\n" .. r.stdout .. "\n有一笔扣款被记到了别人名下：一个 handler 等待时，另一个改掉了它要读的用户。" }
    end
  end
  if lines ~= w.n then
    return "one audit line per request", say{
      en = "expected " .. w.n .. " audit lines, one per request" .. where .. ", got " .. lines .. ":\n" .. r.stdout,
      zh = "应当有 " .. w.n .. " 条审计记录，每个请求一条" .. where .. "，实际 " .. lines .. " 条：\n" .. r.stdout }
  end
  for user, total in pairs(w.ledger) do
    local line = "ledger: " .. user .. " charged " .. total
    if not r.stdout:find(line .. "\n", 1, true) then
      return "the ledger charges each user", say{
        en = "the ledger should read `" .. line .. "`" .. where .. "; it printed:\n" .. r.stdout ..
             "\nEach request must be charged to its own user, through Charge.",
        zh = "账本应当是 `" .. line .. "`" .. where .. "；实际输出：\n" .. r.stdout ..
             "\n每个请求都要通过 Charge 扣到它自己的用户名下。" }
    end
  end
  if #r.leaked > 0 then
    return "no goroutine left blocked", say{
      en = "goroutines are still blocked when main returns" .. where .. ": " .. lab.explain(r.leaked),
      zh = "main 返回时仍有 goroutine 阻塞" .. where .. "：" .. lab.explain(r.leaked) }
  end
  if strict and w.n >= 2 and overlap(r, "main.Authenticate") < 2 then
    return "requests are served concurrently", say{
      en = "the requests were authenticated one after another" .. where ..
           ": the API serves its requests at the same time. Don't make one request wait for another to fix the audit log.",
      zh = "请求是一个接一个地认证的" .. where .. "：API 要同时处理请求。不要靠让请求互相等待来修好审计日志。" }
  end
  if strict and w.together and overlap(r, "main.Charge") < 2 then
    return "requests are served concurrently", say{
      en = "requests that were authenticated at the same moment were charged one after another" .. where ..
           ": a lock held from setting the shared user to the audit line serialises the payments. The user belongs to the request: pass it along instead of sharing one variable.",
      zh = "同一时刻完成认证的请求却是一个接一个扣款的" .. where ..
           "：从设置共享用户到写审计记录一直持锁，会让付款串行。用户属于请求：把它随请求传下去，而不是共用一个变量。" }
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
  en = "Each request carries its own user down to the audit line; the requests run side by side and nobody is charged for someone else's payment.",
  zh = "每个请求都把自己的用户一路带到审计记录；请求并行处理，没有人替别人付账。" })
