-- Grader: for every upload (sizes, corrupt files, stage times) and every
-- explored schedule, the program compiles, every good image is saved as a
-- thumbnail in order and counted, decode and resize run in goroutines of
-- their own while the pipeline flows, and every channel that is closed is
-- closed once, by the goroutine that sends on it, after its last send:
-- nothing panics (not even a recovered panic), deadlocks, races or leaks.
local say, check = lab.say, lab.check

local function world(id, images, times, desc)
  local out, n, good, flows = {}, 0, 0, false
  for name, w in images:gmatch("([^,:]+):(%d+)") do
    n = n + 1
    w = tonumber(w)
    if w > 0 then
      -- a good image before the next decode: resize can work while decode goes on
      if good == 0 and images:find(",", (images:find(name .. ":", 1, true)), true) then flows = true end
      good = good + 1
      out[#out + 1] = string.format("saved thumb-%s (%dpx)", name, w // 2)
    end
  end
  out[#out + 1] = string.format("saved %d thumbnails", good)
  local args = { "-images=" .. images }
  for _, t in ipairs(times or {}) do args[#args + 1] = t end
  return { id = id, desc = desc, args = args, good = good, flows = flows, n = n, want = table.concat(out, "\n") .. "\n",
           spec = images .. (times and ("; " .. table.concat(times, " ")) or "") }
end

local worlds = {
  world("story", "cat.png:800,dog.jpg:1200,broken.gif:0,fox.png:640,owl.jpg:1024", nil, "the story's upload"),
  world("six-good", "a.png:100,b.png:200,c.png:300,d.png:400,e.png:500,f.png:600",
        { "-decode=1ms", "-resize=2ms", "-save=1ms" }, "six good images, fast"),
  world("slow", "big.tif:8000,bad.raw:0,pano.jpg:12000", { "-decode=400ms", "-resize=900ms", "-save=50ms" },
        "huge images, slow stages"),
  world("all-corrupt", "x.gif:0,y.gif:0", nil, "nothing can be decoded"),
}

local function where(w)
  return say{ en = " (upload `" .. w.id .. "`: " .. w.spec .. ")", zh = "（上传 `" .. w.id .. "`：" .. w.spec .. "）" }
end

local stage_fn = { ["main.Decode"] = "decode", ["main.Resize"] = "resize", ["main.Save"] = "save" }

local function judge(r, w, strict)
  if r.status == "compile_error" then
    local why = ""
    if r.stderr:find("cannot close receive-only", 1, true) then
      why = say{ en = "\nThe compiler caught a close on the receiving side: that stage only reads this channel. " ..
                      "Let the stage that sends on it close it, after its last send.",
                 zh = "\n编译器抓到了接收方的 close：这个阶段只读取这个 channel。应当由向它发送的阶段在最后一次发送后关闭。" }
    end
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr .. why
  end
  if r.status == "panic" then
    local p = tostring(r.panic)
    local why = ""
    if p:find("close of closed", 1, true) then
      why = say{ en = "\nTwo goroutines close the same channel. Only the stage that sends on a channel closes it; a reader never does.",
                 zh = "\n两个 goroutine 关闭了同一个 channel。只有向 channel 发送的阶段才能关闭它，读取方永远不关。" }
    elseif p:find("send on closed", 1, true) then
      why = say{ en = "\nA channel was closed while its sender still had images to send: only the sender knows when it is done.",
                 zh = "\n发送方还有图片要发时 channel 就被关闭了：只有发送方知道自己什么时候发完。" }
    end
    return "no panic", say{ en = "the program panicked" .. where(w) .. ": ", zh = "程序 panic 了" .. where(w) .. "：" } .. p .. why
  end
  if r.status == "deadlock" then
    return "no deadlock", lab.explain(r) .. where(w) .. say{
      en = "\nA stage's range waits for a close that never comes: the stage before it must close its output when it is done.",
      zh = "\n某个阶段的 range 在等一个永远不会来的关闭：前一个阶段做完后必须关闭自己的输出 channel。" }
  end
  if r.status ~= "exit" or (r.exit_code ~= 0 and r.exit_code ~= 66) then
    return "main returns", say{ en = "main should return normally" .. where(w) .. ": ",
                                zh = "main 应当正常返回" .. where(w) .. "：" } .. lab.explain(r)
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
      lab.explain(r.races[1])
  end
  if r.stdout ~= w.want then
    return "every thumbnail is saved", say{
      en = "the program should print\n" .. w.want .. "but printed\n" .. r.stdout .. where(w) ..
           "\nCorrupt files are skipped, so no stage can know the count in advance: a range that ends at the close counts right.",
      zh = "程序应当输出\n" .. w.want .. "实际输出\n" .. r.stdout .. where(w) ..
           "\n损坏的文件会被跳过，所以没有哪个阶段能事先知道数量：在关闭时结束的 range 才能数对。" }
  end
  -- who sent on which channel, who closed it, and the stages' work
  local senders, last_send, stage_g, busy, now, most = {}, {}, {}, {}, 0, 0
  local first_resize, last_decode
  for i, e in ipairs(r.events) do
    if e.kind == "panic" then
      return "nothing panics", say{
        en = "a panic happened" .. where(w) .. " (even if recovered): a close that needs `recover` is a close by the wrong side.",
        zh = "发生了 panic" .. where(w) .. "（即使被 recover 了）：需要 `recover` 兜底的 close，就是关错了一方。" }
    elseif e.kind == "chan send" then
      senders[e.a] = senders[e.a] or {}
      senders[e.a][e.g] = true
      last_send[e.a] = i
    elseif e.kind == "chan close" then
      local name = e.chan and ("`" .. e.chan .. "`") or say{ en = "a channel", zh = "一个 channel" }
      if senders[e.a] and not senders[e.a][e.g] then
        return "the sender closes", say{
          en = name .. " was closed by goroutine " .. e.g .. " (in " .. tostring(e.func) .. "), which never sends on it" .. where(w) ..
               ". Each stage closes only the channel it sends on; make the parameter it reads from `<-chan Image` and the compiler will say so.",
          zh = name .. " 被从不向它发送的 goroutine " .. e.g .. "（在 " .. tostring(e.func) .. " 中）关闭了" .. where(w) ..
               "。每个阶段只关闭自己发送的 channel；把它读取的参数写成 `<-chan Image`，编译器就会指出来。" }
      end
    elseif e.kind == "go block" and e.reason == "sleep" and stage_fn[e.func] then
      if e.func == "main.Resize" and not first_resize then first_resize = e.t end
      if e.func == "main.Decode" then last_decode = e.t end
      stage_g[stage_fn[e.func]] = stage_g[stage_fn[e.func]] or {}
      stage_g[stage_fn[e.func]][e.g] = true
      busy[e.g] = true
      now = now + 1
      if now > most then most = now end
    elseif e.kind == "go unblock" and busy[e.g] then
      busy[e.g] = nil
      now = now - 1
    end
  end
  -- the work happened: every file decoded, every good image resized and saved, once
  local calls = { ["main.Decode"] = 0, ["main.Resize"] = 0, ["main.Save"] = 0 }
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and calls[e.func] then calls[e.func] = calls[e.func] + 1 end
  end
  if calls["main.Decode"] ~= w.n or calls["main.Resize"] ~= w.good or calls["main.Save"] ~= w.good then
    return "every image goes through every stage", say{
      en = string.format("%d files were decoded, %d images resized and %d saved%s; want %d, %d and %d: " ..
                         "each file goes through Decode once, each good image through Resize and Save once.",
                         calls["main.Decode"], calls["main.Resize"], calls["main.Save"], where(w), w.n, w.good, w.good),
      zh = string.format("解码了 %d 个文件，缩放了 %d 张、保存了 %d 张%s；应为 %d、%d、%d：" ..
                         "每个文件经过一次 Decode，每张好图各经过一次 Resize 和 Save。",
                         calls["main.Decode"], calls["main.Resize"], calls["main.Save"], where(w), w.n, w.good, w.good) }
  end
  local d, rz = stage_g.decode or {}, stage_g.resize or {}
  local shared = d[1] or rz[1]
  for g in pairs(d) do if rz[g] then shared = true end end
  -- the pipeline flows: the first image is resized while decode still decodes
  local batch = strict and w.flows and first_resize and last_decode and first_resize > last_decode
  if shared or batch or (strict and w.good >= 2 and most < 2) then
    return "the stages run at once", say{
      en = "decode and resize should each run in a goroutine of its own, at the same time as the rest of the pipeline" .. where(w) .. "." ..
           (batch and " The first image was resized only after every file was decoded: hand each image on as soon as it is decoded." or ""),
      zh = "decode 和 resize 应当各自在自己的 goroutine 中运行，与流水线的其余部分同时进行" .. where(w) .. "。" ..
           (batch and "所有文件都解码完之后才开始缩放第一张图：每解码出一张就立即交给下一阶段。" or "") }
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
  check("upload " .. w.id .. (name and (": " .. name) or ""), name == nil, msg)
end
for i, w in ipairs(worlds) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = (i == 1) and 240 or 150, mode = mode, seed = 11 * i, args = w.args, race = true,
      check = function(r)
        local name, msg = judge(r, w, false)
        if name then return false, msg end
        return true
      end }
    check("upload " .. w.id .. ", explored (" .. mode .. ")", all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end

return pass(say{
  en = "Each stage closes only what it sends on, and the channel types let the compiler check it: every upload, every schedule.",
  zh = "每个阶段只关闭自己发送的 channel，channel 的方向类型让编译器替你把关：任何上传、任何调度都成立。" })
