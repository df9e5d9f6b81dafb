-- Grader: on every night (files, sizes, upload times the starter never
-- shows) and every explored schedule, each file is uploaded once, by its own
-- goroutine, the summary is right, main itself returns once the summary is
-- out (no `select {}` left parked, no os.Exit from a goroutine, no sleep that
-- guesses), and no goroutine is left blocked.
local say, check = lab.say, lab.check

local function world(id, spec, desc)
  local n, total = 0, 0
  for bytes in spec:gmatch("[^,:]+:(%d+):[^,]+") do
    n, total = n + 1, total + tonumber(bytes)
  end
  return { id = id, desc = desc, spec = spec, args = { "-files=" .. spec }, n = n,
           want = string.format("uploaded %d files, %d bytes", n, total) }
end

local worlds = {
  world("story", "orders.db:4200:40ms,photos.tar:98000:300ms,invoices.pdf:1500:20ms,logs.gz:23000:90ms",
        "the story's night"),
  world("one-file", "vm.img:5000000:2s", "one big file"),
  world("slow-night", "a.db:10:5ms,b.tar:20:3m,c.log:7:15ms,d.iso:900:1s,e.csv:33:40ms,f.bin:1:1ms",
        "six files, one takes three minutes"),
  world("tiny", "x.txt:1:1ms,y.txt:2:2ms", "two small files"),
}

local function where(w)
  return say{ en = " (night `" .. w.id .. "`: " .. w.spec .. ")", zh = "（场景 `" .. w.id .. "`：" .. w.spec .. "）" }
end

-- Upload calls: each is one sleep in main.Upload; returns how many, whether
-- main made any, and the most in flight at once.
local function uploads(r)
  local n, by_main, busy, most = 0, false, {}, 0
  local now = 0
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and e.func == "main.Upload" then
      n = n + 1
      if e.g == 1 then by_main = true end
      busy[e.g] = true
      now = now + 1
      if now > most then most = now end
    elseif e.kind == "go unblock" and busy[e.g] then
      busy[e.g] = nil
      now = now - 1
    end
  end
  return n, by_main, most
end

local function judge(r, w, strict)
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "deadlock" then
    local st = r.goroutines[1] and r.goroutines[1].state or ""
    if st:find("select", 1, true) then
      return "main does not block forever", say{
        en = "main is parked in `" .. st .. "` and nothing will ever make it ready" .. where(w) ..
             ": once the uploads and the report are done, every goroutine is asleep and the job dies with " ..
             "`fatal error: all goroutines are asleep - deadlock!`. Wait for something that happens when the work is done.",
        zh = "main 停在 `" .. st .. "` 上，而没有任何东西会让它就绪" .. where(w) ..
             "：上传和汇总完成后，所有 goroutine 都睡着了，任务以 `fatal error: all goroutines are asleep - deadlock!` 结束。" ..
             "请等待一个在工作完成时才会发生的事件。" }
    end
    return "no deadlock", lab.explain(r) .. where(w) .. say{
      en = "\nWhich goroutine waits for something that never comes?", zh = "\n哪个 goroutine 在等一件永远不会发生的事？" }
  end
  if r.status == "limit" then
    return "the job ends", say{
      en = "the program never ended" .. where(w) .. " (" .. tostring(r.fatal) .. "): an empty `for {}` burns a CPU forever " ..
           "— it is not what `select {}` does, and neither ends the job. Wait for the work to be done.",
      zh = "程序一直没有结束" .. where(w) .. "（" .. tostring(r.fatal) .. "）：空的 `for {}` 会永远占满一个 CPU，" ..
           "这和 `select {}` 不一样，但两者都不会让任务结束。请等待工作完成。" }
  end
  if r.status == "panic" then
    return "no panic", say{ en = "the program panicked" .. where(w) .. ": ", zh = "程序 panic 了" .. where(w) .. "：" } ..
      tostring(r.panic)
  end
  if r.status ~= "exit" or r.exit_code ~= 0 and r.exit_code ~= 66 then
    return "main returns", say{ en = "the job should end normally" .. where(w) .. ": ",
                                zh = "任务应当正常结束" .. where(w) .. "：" } .. lab.explain(r)
  end
  if (r.events_total or 0) > #r.events then
    -- a program that only waits makes a few hundred events; this many come
    -- from a loop that never blocks, and the trace no longer holds the start
    return "no busy waiting", say{
      en = string.format("the program made %d runtime events%s, far more than the work needs: a loop spins or polls instead of blocking " ..
                         "(on an atomic, a flag, runtime.Gosched or a short time.Sleep). Wait by blocking: a channel, a WaitGroup, an errgroup.",
                         r.events_total, where(w)),
      zh = string.format("程序产生了 %d 个运行时事件%s，远多于这份工作所需：有循环在空转或轮询而不是阻塞" ..
                         "（围着原子变量、标志、runtime.Gosched 或很短的 time.Sleep）。请用阻塞来等待：channel、WaitGroup、errgroup。",
                         r.events_total, where(w)) }
  end
  if r.races and #r.races > 0 then
    return "no data race", say{ en = "data race" .. where(w) .. ": ", zh = "数据竞争" .. where(w) .. "：" } ..
      lab.explain(r.races[1]) ..
      say{ en = "\nA plain variable is not a signal: wait on a channel, a WaitGroup or an errgroup.",
           zh = "\n普通变量不是信号：请在 channel、WaitGroup 或 errgroup 上等待。" }
  end
  if not ("\n" .. r.stdout):find("\n" .. w.want .. "\n", 1, true) then
    return "the summary is right", say{
      en = "the summary should be `" .. w.want .. "`" .. where(w) .. ", the job printed:\n" .. r.stdout ..
           "\nmain must not return before the report is out, and the report counts what Upload returned for every file.",
      zh = "汇总应当是 `" .. w.want .. "`" .. where(w) .. "，实际输出：\n" .. r.stdout ..
           "\nmain 不能在汇总输出之前返回；汇总要累加 Upload 对每个文件的返回值。" }
  end
  local n, by_main, most = uploads(r)
  if n ~= w.n then
    return "each file uploaded once", say{
      en = string.format("%d files should each be uploaded once, Upload ran %d times%s.", w.n, n, where(w)),
      zh = string.format("%d 个文件应各上传一次，Upload 实际执行了 %d 次%s。", w.n, n, where(w)) }
  end
  if by_main or (strict and most < w.n) then
    return "the uploads run at once", say{
      en = "the files are not uploaded all at once by their own goroutines" .. where(w) ..
           " (at most " .. most .. " of " .. w.n .. " in flight): keep one goroutine per file.",
      zh = "文件没有由各自的 goroutine 同时上传" .. where(w) .. "（同时进行的最多 " .. most .. " 个，共 " .. w.n ..
           " 个）：保留每个文件一个 goroutine。" }
  end
  local main_end = false
  for _, e in ipairs(r.events) do
    if e.kind == "go end" and e.g == 1 then main_end = true end
  end
  if not main_end then
    return "main returns", say{
      en = "the process was ended by os.Exit while main was still parked" .. where(w) ..
           ": main should return by itself once the summary is out (deferred work in main never runs under os.Exit).",
      zh = "进程是被 os.Exit 结束的，main 当时还停着" .. where(w) ..
           "：汇总输出后应由 main 自己返回（os.Exit 会跳过 main 里所有 defer）。" }
  end
  if #r.leaked > 0 then
    return "no goroutine left blocked", say{
      en = "goroutines are still blocked when main returns" .. where(w) .. ": ",
      zh = "main 返回时仍有 goroutine 阻塞" .. where(w) .. "：" } .. lab.explain(r.leaked)
  end
  return nil
end

for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args, race = true }
  local name, msg = judge(r, w, true)
  check("night " .. w.id .. (name and (": " .. name) or ""), name == nil, msg)
end
for i, w in ipairs(worlds) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = (i == 1) and 240 or 150, mode = mode, seed = 5 * i, args = w.args, race = true,
      check = function(r)
        local name, msg = judge(r, w, false)
        if name then return false, msg end
        return true
      end }
    check("night " .. w.id .. ", explored (" .. mode .. ")", all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end

return pass(say{
  en = "main waits for the one thing that happens when the work is done, then returns: every night, every schedule.",
  zh = "main 等待的是工作完成时才会发生的那件事，然后返回：任何场景、任何调度下都成立。" })
