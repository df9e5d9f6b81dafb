-- Grader: in every world (batch size, bank latency, declined payments), on
-- every explored schedule, the settlers settle the whole batch from `results`,
-- the sender closes `results` once, after its last send, every settler has
-- returned before main does, and no goroutine is left blocked.
local say, check = lab.say, lab.check

-- A world: the flags world.go reads, and the line the grader expects.
local function world(n, latency, declined, unit)
  local no = {}
  for _, id in ipairs(declined) do no[id] = true end
  local total = 0
  for id = 1, n do
    if not no[id] then total = total + unit * id end
  end
  local args = { "-n=" .. n, "-latency=" .. latency,
                 "-declined=" .. table.concat(declined, ","), "-unit=" .. unit }
  return { args = args, n = n, desc = table.concat(args, " "),
           want = string.format("settled %d payments, total %d", n, total) }
end

local worlds = {
  { world(12, "20ms", { 5, 10 }, 100), "the story's batch" },
  { world(7, "3ms", { 3 }, 7), "a small, fast batch" },
  { world(2, "400ms", {}, 1000), "fewer payments than settlers" },
  { world(25, "150ms", { 1, 2, 24 }, 13), "a long batch, a slow bank" },
}

-- Judges one run; returns nil when it is right, else a check name and a message.
-- `strict` (the plain runs, without the timing adversary) also asks that the
-- settling was shared by the settlers.
local function judge(r, w, strict)
  local where = say{ en = " (world: " .. w.desc .. ")", zh = "（世界参数：" .. w.desc .. "）" }
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "deadlock" then
    return "no deadlock", say{
      en = "the program deadlocked" .. where .. ": " .. lab.explain(r) ..
           "\nWhich goroutine is waiting for a value or a close that never comes?",
      zh = "程序死锁了" .. where .. "：" .. lab.explain(r) ..
           "\n哪个 goroutine 在等一个永远不会来的值或关闭？" }
  end
  if r.status == "panic" then
    local hint = ""
    if (r.panic or ""):find("closed channel", 1, true) then
      hint = say{ en = "\nA channel was closed while someone could still send on it: only the sender closes, after its last send.",
                  zh = "\n有 channel 在仍可能有人发送时被关闭了：只有发送方在最后一次发送之后才能关闭。" }
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
           "\nPass the amounts over `settled` instead of sharing a variable.",
      zh = "数据竞争" .. where .. "：" .. lab.explain(r.races[1]) ..
           "\n通过 `settled` 传递金额，不要共享变量。" }
  end
  if not r.stdout:find(w.want, 1, true) then
    return "the batch settles", say{
      en = "expected `" .. w.want .. "`" .. where .. ", got:\n" .. r.stdout,
      zh = "应当输出 `" .. w.want .. "`" .. where .. "，实际输出：\n" .. r.stdout }
  end
  if #r.leaked > 0 then
    return "no goroutine left blocked", say{
      en = #r.leaked .. " goroutine(s) are still blocked when main returns" .. where .. ": " ..
           lab.explain(r.leaked) .. "\nWho knows that no more results are coming?",
      zh = "main 返回时仍有 " .. #r.leaked .. " 个 goroutine 阻塞" .. where .. "：" ..
           lab.explain(r.leaked) .. "\n谁知道不会再有结果了？" }
  end
  local sends, last_send, closes, close_at = 0, 0, 0, 0
  local receivers, got = {}, {}
  local drained, main_end = {}, nil   -- drained[g]: g saw `results` closed and empty
  local after = {}
  for i, e in ipairs(r.events) do
    if e.kind == "chan send" and e.chan == "results" then
      sends, last_send = sends + 1, i
    elseif e.kind == "chan close" and e.chan == "results" then
      closes, close_at = closes + 1, i
    elseif e.kind == "chan recv" and e.chan == "results" then
      receivers[e.g] = true
      if e.b == 1 then got[e.g] = true elseif not drained[e.g] then drained[e.g] = i end
    elseif e.kind == "go end" and e.g == 1 then
      main_end = i
    end
    if drained[e.g] and drained[e.g] < i and e.kind ~= "go unblock" and not main_end then
      after[e.g] = true   -- g ran again after it saw the close, before main returned
    end
  end
  if sends ~= w.n then
    return "every payment goes through `results`", say{
      en = string.format("the sender should send each of the %d payments on `results`, it sent %d%s: the settlers settle the batch.",
                         w.n, sends, where),
      zh = string.format("发送方应当在 `results` 上发送全部 %d 笔支付，实际发送了 %d 笔%s：由 settle goroutine 结算这一批。",
                         w.n, sends, where) }
  end
  if closes ~= 1 or close_at < last_send then
    return "`results` closed after the last send", say{
      en = "`results` should be closed once, after its last send" .. where .. "; it was closed " .. closes .. " time(s)" ..
           (closes == 1 and ", before the last send" or "") .. ".",
      zh = "`results` 应当在最后一次发送之后关闭一次" .. where .. "；实际关闭了 " .. closes .. " 次" ..
           (closes == 1 and "，而且早于最后一次发送" or "") .. "。" }
  end
  if receivers[1] then
    return "the settlers receive", say{
      en = "main receives from `results` itself" .. where .. ": the settler goroutines settle the payments.",
      zh = "main 自己从 `results` 接收" .. where .. "：应当由 settle goroutine 结算支付。" }
  end
  -- each settler settles what it took: it passes amounts on (a send, one
  -- per result or one subtotal), or adds them under a lock or atomically; a
  -- settler that takes results and does none of them threw them away, and
  -- the total came from somewhere else.
  local took, passed = {}, {}
  for _, e in ipairs(r.events) do
    if receivers[e.g] then
      if e.kind == "chan recv" and e.chan == "results" and e.b == 1 then took[e.g] = true
      elseif took[e.g] and ((e.kind == "chan send" and e.chan ~= "results") or e.kind == "mutex lock" or
                            (e.kind == "atomic" and e.b == 1)) then passed[e.g] = true end
    end
  end
  for g in pairs(took) do
    if not passed[g] then
      return "every result is settled", say{
        en = "settler goroutine " .. g .. " took results from `results` but passed no amount on" .. where ..
             ": each result's amount goes on `settled` (0 for a declined one), and main adds up what it receives, not the bank's books.",
        zh = "settle goroutine " .. g .. " 从 `results` 取走了结果，却没有传出任何金额" .. where ..
             "：每个结果的金额都要发到 `settled` 上（被拒的为 0），main 累加收到的金额，而不是自己去查银行的账。" }
    end
  end
  local n_got = 0
  for _ in pairs(got) do n_got = n_got + 1 end
  if strict and w.n >= 3 and n_got < 2 then
    return "the settlers share the batch", say{
      en = "only " .. n_got .. " goroutine settled payments from `results`" .. where .. ": keep the three settlers ranging over it.",
      zh = "只有 " .. n_got .. " 个 goroutine 从 `results` 结算了支付" .. where .. "：保留三个对它 range 的 settle goroutine。" }
  end
  for g in pairs(receivers) do
    if not after[g] then
      return "every settler finishes before main returns", say{
        en = "settler goroutine " .. g .. " had not finished its range over `results` when main returned" .. where ..
             ": main must wait until every settler is done (a sync.WaitGroup, a done channel), not just for the amounts.",
        zh = "main 返回时 settle goroutine " .. g .. " 对 `results` 的 range 还没有结束" .. where ..
             "：main 必须等每个 settle goroutine 都结束（sync.WaitGroup 或 done channel），而不只是等金额。" }
    end
  end
  return nil
end

-- The worlds, one plain run each (seeded), the race detector on.
for i, entry in ipairs(worlds) do
  local w = entry[1]
  local r = lab.run{ seed = i, args = w.args, race = true }
  local name, msg = judge(r, w, true)
  check("world " .. i .. " (" .. entry[2] .. ")" .. (name and (": " .. name) or ""), name == nil, msg)
end

-- Many schedules per world: random and PCT (with the timing adversary where
-- the runtime has it), the race detector on.
for i, entry in ipairs(worlds) do
  local w = entry[1]
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = (i == 1) and 60 or 30, mode = mode, seed = 10 * i, args = w.args, race = true,
      check = function(r)
        local name, msg = judge(r, w, false)
        if name then return false, msg end
        return true
      end }
    check("world " .. i .. " (" .. entry[2] .. "), explored (" .. mode .. ")", all.failed == 0, all.first_failure)
  end
end

return pass(say{
  en = "The sender closes `results` after its last payment; every settler's range ends and main waits for them, in every batch and on every schedule.",
  zh = "发送方在最后一笔支付之后关闭 `results`；每个 settle 的 range 都结束，main 等它们全部返回，任何批次、任何调度下都成立。" })
