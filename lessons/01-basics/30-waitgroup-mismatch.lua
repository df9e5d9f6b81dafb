-- Grader for lesson 30 (Add/Done mismatches, a WaitGroup copied into a
-- function). The world (world.go) holds the batch and the image library
-- (Resize sleeps, and fails for the broken images). On several worlds and on
-- explored schedules (random and PCT, timing adversary, race detector on)
-- the grader checks that:
--   * the program ends: no deadlock (Wait on a counter nobody brings to zero)
--     and no `negative WaitGroup counter` panic;
--   * the report is exact: every failed image with its error, sorted, and
--     the counts; no race, nothing left blocked;
--   * from the events (the library's sleeps in main.Resize): every image was
--     resized once, every Resize had finished before main reported, and, on
--     the plain runs, the resizes all ran at the same time (one goroutine
--     per image, not a pool).
local say, check = lab.say, lab.check

local function world(images, broken, err, latency, name)
  local w = { name = name, images = {}, failed = {} }
  local bad = {}
  for b in broken:gmatch("[^,]+") do bad[b] = true end
  for img in images:gmatch("[^,]+") do
    w.images[#w.images + 1] = img
    if bad[img] then w.failed[#w.failed + 1] = img .. ": " .. err end
  end
  table.sort(w.failed)
  local lines = {}
  for _, f in ipairs(w.failed) do lines[#lines + 1] = f end
  lines[#lines + 1] = string.format("made %d thumbnails, %d failed", #w.images - #w.failed, #w.failed)
  w.want = table.concat(lines, "\n") .. "\n"
  w.args = { "-images=" .. images, "-broken=" .. broken, "-err=" .. err, "-latency=" .. latency }
  w.desc = table.concat(w.args, " ")
  return w
end

local function where(w)
  return say{ en = " (world: " .. w.desc .. ")", zh = "（世界参数：" .. w.desc .. "）" }
end

-- The library's resizes: each sleeps in main.Resize. Returns how many
-- started, the most at once, and whether all had ended before main's first
-- output.
local function resizes(r)
  local open, n, now, most, first_out, last_end = {}, 0, 0, 0, nil, 0
  for i, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and e.func == "main.Resize" then
      open[e.g] = true
      n, now = n + 1, now + 1
      if now > most then most = now end
    elseif (e.kind == "go unblock" or e.kind == "go end") and open[e.g] then
      open[e.g] = nil
      now = now - 1
      last_end = i
    elseif e.kind == "output" and e.g == 1 and not first_out then
      first_out = i
    end
  end
  return n, most, (now == 0 and first_out ~= nil and last_end < first_out)
end

local function waiting_main(r)
  for _, g in pairs(r.goroutines or {}) do
    if g.id == 1 and (g.state or ""):find("WaitGroup", 1, true) then return true end
  end
  return false
end

local function judge(r, w, plain)
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "deadlock" and waiting_main(r) then
    return "Wait returns", say{
      en = "main waits forever in wg.Wait" .. where(w) .. ": " .. lab.explain(r) ..
           "\nThe counter never reaches zero: a Done was called on a copy of the WaitGroup (a `sync.WaitGroup` parameter is a copy; `go vet` says \"passes lock by value\"), or a return skipped Done, or more was added than there are images. Pass a pointer, and `defer wg.Done()` first thing in the goroutine.",
      zh = "main 永远等在 wg.Wait 上" .. where(w) .. "：" .. lab.explain(r) ..
           "\n计数器永远到不了零：Done 调用在了 WaitGroup 的副本上（`sync.WaitGroup` 类型的参数就是副本；`go vet` 会报 \"passes lock by value\"），或者某个 return 跳过了 Done，或者 Add 的数比图片多。请传指针，并在 goroutine 一开始就 `defer wg.Done()`。" }
  end
  if r.status == "panic" and (r.panic or ""):find("negative WaitGroup counter", 1, true) then
    return "one Done per Add", say{
      en = "panic: sync: negative WaitGroup counter" .. where(w) ..
           ": Done was called more times than Add. Each goroutine calls Done exactly once (`defer wg.Done()`), and main adds exactly as many as it starts: len(batch), not a number from the story.",
      zh = "panic: sync: negative WaitGroup counter" .. where(w) ..
           "：Done 调用的次数比 Add 多。每个 goroutine 恰好调用一次 Done（`defer wg.Done()`），main 启动多少个就 Add 多少个：是 len(batch)，而不是故事里的数字。" }
  end
  if r.status ~= "exit" then
    return "main returns", say{ en = "the program did not end normally" .. where(w) .. ": " .. lab.explain(r),
                                zh = "程序没有正常结束" .. where(w) .. "：" .. lab.explain(r) }
  end
  if #r.races > 0 then
    return "no data race", say{
      en = "data race" .. where(w) .. ": " .. lab.explain(r.races[1]) ..
           "\nmain read the results while a goroutine was still writing them: main must wait until every goroutine has finished.",
      zh = "数据竞争" .. where(w) .. "：" .. lab.explain(r.races[1]) ..
           "\nmain 读取结果时还有 goroutine 在写：main 必须等到每个 goroutine 都结束。" }
  end
  if #r.leaked > 0 then
    return "nothing left blocked", say{
      en = "goroutines are left running or blocked when main returns" .. where(w) .. ": " .. lab.explain(r.leaked) ..
           "\nmain returned before they had finished: Done must come after the work (`defer wg.Done()`), every goroutine must be counted before Wait, and a wait that gives up (a timeout, a sleep) leaves them behind.",
      zh = "main 返回时还有 goroutine 在运行或阻塞" .. where(w) .. "：" .. lab.explain(r.leaked) ..
           "\nmain 在它们结束之前就返回了：Done 必须在工作之后（`defer wg.Done()`），每个 goroutine 都必须在 Wait 之前计入，放弃等待（超时、sleep）会把它们丢在身后。" }
  end
  if r.stdout ~= w.want then
    return "exact report", say{
      en = "the report should be\n" .. w.want .. "but it was\n" .. r.stdout .. where(w) ..
           "\nmain reported before every image was done, or did not count them all.",
      zh = "报告应当是\n" .. w.want .. "实际是\n" .. r.stdout .. where(w) ..
           "\nmain 在所有图片处理完之前就报告了，或者没有把它们都算上。" }
  end
  local n, most, before = resizes(r)
  if n ~= #w.images then
    return "each image resized once", say{
      en = string.format("%d images, but the library resized %d%s: resize each image once.", #w.images, n, where(w)),
      zh = string.format("共有 %d 张图片，图像库却缩放了 %d 次%s：每张图片缩放一次。", #w.images, n, where(w)) }
  end
  if not before then
    return "report after the work", say{
      en = "main printed its report while resizes were still running" .. where(w) .. ": wait for every goroutine first.",
      zh = "还有缩放在进行时 main 就打印了报告" .. where(w) .. "：先等所有 goroutine 结束。" }
  end
  if plain and #w.images >= 2 and most < #w.images then
    return "images at the same time", say{
      en = string.format("%d images, but at most %d were resized at the same time%s: keep one goroutine per image, all running together.", #w.images, most, where(w)),
      zh = string.format("共有 %d 张图片，同时缩放的却最多只有 %d 张%s：保留每张图片一个 goroutine，让它们全部同时运行。", #w.images, most, where(w)) }
  end
  return nil
end

local worlds = {
  world("beach.jpg,cat.jpg,dog.png,forest.jpg,menu.png,portrait.jpg,scan.png,sunset.jpg", "menu.png,scan.png",
        "corrupt image data", "40ms", "the story"),
  world("a.png,b.png,c.png", "", "unused", "5ms", "nothing broken"),
  world("p01.jpg,p02.jpg,p03.jpg,p04.jpg,p05.jpg,p06.jpg,p07.jpg,p08.jpg,p09.jpg,p10.jpg,p11.jpg,p12.jpg",
        "p01.jpg,p04.jpg,p05.jpg,p11.jpg,p12.jpg", "unsupported format", "1500ms", "twelve slow images"),
  world("only.gif", "only.gif", "not an image", "10ms", "one broken image"),
}
for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args }
  local name, msg = judge(r, w, true)
  check("world " .. i .. " (" .. w.name .. ")" .. (name and (": " .. name) or ""), name == nil, msg)
end

local small = { world("x.jpg,y.jpg,z.jpg", "y.jpg", "bad header", "3ms", "small"),
                worlds[1] }
for i, w in ipairs(small) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 40, mode = mode, seed = 17 * i, args = w.args,
      check = function(r)
        local name, msg = judge(r, w, false)
        if name then return false, msg end
        return true
      end }
    check("explored " .. w.name .. " (" .. mode .. ")", all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end

return pass(say{
  en = "One Add per goroutine before it starts, one Done on every way out, on the one WaitGroup main waits for.",
  zh = "每个 goroutine 启动前 Add 一次，每条退出路径都 Done 一次，用的都是 main 等待的那一个 WaitGroup。" })
