-- Grader: in every world (traffic, charge and audit-store latencies), every
-- payment has exactly one audit record, with its own id, user and amount, in
-- the store by the time the server has closed; no goroutine started by a
-- request is still running then; no data race (the server reuses the Request
-- it hands to handle). Plain runs with the race detector, then explored
-- schedules (random and PCT, with the timing adversary).
local say, check = lab.say, lab.check

-- world.go reads -requests=user:amount,... -charge= -audit=
local worlds = {
  { id = "story", requests = "ann:120,bob:75,cy:300,dee:42,eve:999", charge = "20ms", audit = "30ms" },
  -- a slow audit store and quick charges
  { id = "slow-store", requests = "fay:1,gus:2,hal:3,ivy:4,jo:5,kim:6,lu:7,max:8", charge = "5ms", audit = "400ms" },
  -- a fast store: the background save is done long before the next request... usually
  { id = "fast-store", requests = "nia:500,oz:250,pat:125", charge = "50ms", audit = "1ms" },
  -- one request only
  { id = "single", requests = "quinn:31337", charge = "3ms", audit = "90ms" },
}
for _, w in ipairs(worlds) do
  w.args = { "-requests=" .. w.requests, "-charge=" .. w.charge, "-audit=" .. w.audit }
  w.n = select(2, w.requests:gsub(":", ""))
  w.desc = string.format("%d requests, charge %s, audit store %s", w.n, w.charge, w.audit)
  w.desc_zh = string.format("%d 个请求，扣款 %s，审计库 %s", w.n, w.charge, w.audit)
end

local function where(w)
  return say{ en = " (world `" .. w.id .. "`: " .. w.desc .. ")", zh = "（世界 `" .. w.id .. "`：" .. w.desc_zh .. "）" }
end

local function judge(r, w)
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status ~= "exit" then
    return false, say{ en = "the server does not exit normally" .. where(w) .. ": ",
                       zh = "服务器没有正常退出" .. where(w) .. "：" } .. lab.explain(r)
  end
  if (r.events_total or 0) > #r.events then
    -- the work makes a few thousand events at most; this many come from a
    -- loop that never blocks, and the trace no longer holds the start
    return false, say{
      en = string.format("the program made %d runtime events%s, far more than the work needs: a loop spins or polls instead of blocking " ..
                         "(on an atomic, a flag, len of a channel, runtime.Gosched or a short time.Sleep). Wait by blocking: a channel, a select, a WaitGroup.",
                         r.events_total, where(w)),
      zh = string.format("程序产生了 %d 个运行时事件%s，远多于这份工作所需：有循环在空转或轮询而不是阻塞" ..
                         "（围着原子变量、标志、channel 的 len、runtime.Gosched 或很短的 time.Sleep）。请用阻塞来等待：channel、select、WaitGroup。",
                         r.events_total, where(w)) }
  end
  if #r.races > 0 then
    local race = r.races[1]
    if (race.access and race.access.file == "world.go") or (race.previous and race.previous.file == "world.go") then
      return false, say{
        en = "data race" .. where(w) .. ": " .. lab.explain(race) ..
             "\nThe server reuses the Request after handle returns: a goroutine that still reads it afterwards reads the next request.",
        zh = "数据竞争" .. where(w) .. "：" .. lab.explain(race) ..
             "\nhandle 返回后服务器会复用这个 Request：之后还在读它的 goroutine 读到的是下一个请求。" }
    end
    return false, say{ en = "data race" .. where(w) .. ": ", zh = "数据竞争" .. where(w) .. "：" } .. lab.explain(race)
  end
  if #r.leaked > 0 then
    return false, say{
      en = "work started by a request is still running when the server has closed" .. where(w) .. ": " ..
           lab.explain(r.leaked) .. "\nA goroutine started in a defer outlives its function: who waits for it?",
      zh = "服务器关闭时，请求启动的工作还在运行" .. where(w) .. "：" .. lab.explain(r.leaked) ..
           "\n在 defer 里启动的 goroutine 比它的函数活得更久：谁来等它？" }
  end
  local outs = lab.events(r, { kind = "output", a = 1 })
  local last = outs[#outs]
  local audited, total, wrong
  for a, b, c in r.stdout:gmatch("server closed; audit store: (%d+) of (%d+) payments audited, (%d+) wrong records") do
    audited, total, wrong = tonumber(a), tonumber(b), tonumber(c)
  end
  if not audited or not last or last.func ~= "main.main" or last.file ~= "world.go" then
    return false, say{ en = "the server's closing line is missing" .. where(w) .. ": let main (in world.go) finish and report.\n",
                       zh = "缺少服务器的关闭报告" .. where(w) .. "：让 world.go 里的 main 运行完并报告。\n" } .. r.stdout
  end
  local charged = select(2, r.stdout:gsub("request %d+: charged", ""))
  if charged ~= w.n then
    return false, say{ en = string.format("%d of %d payments were charged%s: handle must still charge each request.", charged, w.n, where(w)),
                       zh = string.format("%d 笔支付中只扣款了 %d 笔%s：handle 仍然要为每个请求扣款。", w.n, charged, where(w)) }
  end
  -- each record is saved once, through SaveAudit: it writes under the
  -- store's lock
  local saves = #lab.events(r, { kind = "mutex lock", func = "main.SaveAudit" })
  if saves ~= w.n then
    return false, say{
      en = string.format("SaveAudit saved %d record(s) for %d payments by the time the server closed%s: every payment's record must be saved " ..
                         "with SaveAudit, once, before closeServer returns.",
                         saves, w.n, where(w)),
      zh = string.format("%d 笔支付，到服务器关闭时 SaveAudit 保存了 %d 条记录%s：每笔支付的记录都要在 closeServer 返回之前用 SaveAudit 保存，且只保存一次。",
                         w.n, saves, where(w)) }
  end
  if wrong > 0 then
    return false, say{
      en = string.format("%d audit record(s) are wrong%s: a record was saved with another request's user or amount, or twice. " ..
                         "By the time the save read the Request, the server had reused it for the next request.", wrong, where(w)),
      zh = string.format("有 %d 条审计记录是错的%s：记录里是别的请求的用户或金额，或者被保存了两次。" ..
                         "保存时去读 Request，服务器已经把它复用给下一个请求了。", wrong, where(w)) }
  end
  if audited ~= w.n then
    return false, say{
      en = string.format("only %d of %d payments have an audit record when the server has closed%s: " ..
                         "every payment's audit must be saved, and finished before the server exits.", audited, w.n, where(w)),
      zh = string.format("服务器关闭时，%d 笔支付中只有 %d 笔有审计记录%s：" ..
                         "每笔支付都要保存审计记录，而且要在服务器退出之前完成。", w.n, audited, where(w)) }
  end
  return true
end

for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args }
  local ok, why = judge(r, w)
  check("world " .. w.id, ok, why)
end
for i, w in ipairs(worlds) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 100, mode = mode, seed = 5 * i, args = w.args,
                             check = function(r) return judge(r, w) end }
    check("explore " .. mode .. " " .. w.id, all.failed == 0,
          say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end
return pass(say{
  en = "Every payment is audited once, with its own data, before the server exits, and no request's work outlives the server — in every world, on every schedule tried.",
  zh = "每笔支付都在服务器退出前被审计一次、记录的是它自己的数据，没有任何请求的工作比服务器活得更久——在每个世界、尝试的每种调度下都成立。" })
