-- Grader: in every world the program exits normally and reports every upload
-- on its own line: a good one as "WxH -> W'xH'" (resized by the world's
-- resize, in the workers, side by side), a malformed one as "U -> " and a
-- reason. Several worlds (other batches, other bad uploads and panics, more
-- bad uploads than workers, slow images), the race detector, and explored
-- schedules (random and PCT, with the timing adversary).
local say = lab.say
local check = lab.check

-- world.go reads -uploads=WxH,...
local worlds = {
  { id = "story", uploads = "800x600,1024x768,640,1920x1080,320x240,1280x720" },
  -- two panics of another kind (a zero height divides by zero), one like the story's
  { id = "three-bad", uploads = "300x0,4000x3000,1200x,100x100,2048x1536,abc,640x480,50x50,1600x1200" },
  -- more bad uploads than workers
  { id = "mostly-bad", uploads = "1x,x,0x0,12,200x100,400x300" },
  -- nothing malformed, but big images that take long to resize
  { id = "big-images", uploads = "7680x4320,100x100,3840x2160,10x10" },
}

-- What each upload should come out as: the resized size, or nil if Resize panics.
for _, w in ipairs(worlds) do
  w.args = { "-uploads=" .. w.uploads }
  w.list, w.want, w.good = {}, {}, 0
  for u in w.uploads:gmatch("[^,]+") do
    w.list[#w.list + 1] = u
    local ws, hs = u:match("^(%d*)x(%d*)$")
    local width, height = tonumber(ws) or 0, tonumber(hs) or 0
    if ws and height ~= 0 then
      local nh = height // 2
      w.want[u] = (nh * width // height) .. "x" .. nh
      w.good = w.good + 1
    end
  end
end

local function where(w)
  return say{ en = " (world `" .. w.id .. "`: " .. w.uploads .. ")",
              zh = "（世界 `" .. w.id .. "`：" .. w.uploads .. "）" }
end

-- The goroutines that ran the world's Resize (it sleeps once per good
-- upload): how many sleeps, whether main did one, and the most of those
-- goroutines alive at once (their lifetimes, from go create / go end: robust
-- to the timing adversary, which may starve a sleeper).
local function resizes(r)
  local who, count, by_main = {}, 0, false
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and e.func == "main.Resize" then
      count = count + 1
      if e.g == 1 then by_main = true else who[e.g] = true end
    end
  end
  local n, most = 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go create" and who[e.a] then n = n + 1; if n > most then most = n end
    elseif e.kind == "go end" and who[e.g] then n = n - 1
    end
  end
  return count, most, by_main
end

-- The goroutines whose sends on `results` do not happen before its close
-- (lab.order: Go's happens-before from the run's events): goroutines nobody
-- waits for, whose report only lands before the close on lucky schedules (on
-- others: send on closed channel).
local function unordered_reports(r)
  local reports, closer = {}, nil
  lab.order(r, function(e, clock)
    if e.kind == "chan send" and e.chan == "results" then
      reports[#reports + 1] = { g = e.g, at = clock[e.g] }
    elseif e.kind == "chan close" and e.chan == "results" then
      closer = lab.snap(clock)
    end
  end)
  local late = {}
  if not closer then return late end   -- not closed: main counts the reports it receives
  for _, s in ipairs(reports) do
    if (closer[s.g] or 0) < s.at then late[#late + 1] = s.g end
  end
  return late
end

local function judge(r, w, explored)
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "panic" then
    return false, say{
      en = "the program crashed" .. where(w) .. ": panic: " .. (r.panic or "?") ..
           "\nA panic in any goroutine ends the whole program; recover must run in the goroutine that panics, around each upload.",
      zh = "程序崩溃了" .. where(w) .. "：panic: " .. (r.panic or "?") ..
           "\n任何 goroutine 中的 panic 都会结束整个程序；recover 必须在发生 panic 的 goroutine 里、围绕每个上传来执行。" }
  end
  if r.races and #r.races > 0 then
    return false, say{ en = "data race" .. where(w) .. ": ", zh = "数据竞争" .. where(w) .. "：" } ..
      lab.explain(r.races[1]) ..
      say{ en = "\nReport each upload through `results` (or guard what the workers share).",
           zh = "\n请通过 `results` 报告每个上传（或保护好 worker 之间共享的数据）。" }
  end
  if r.status ~= "exit" or r.exit_code ~= 0 then
    return false, say{ en = "main does not return normally" .. where(w) .. ": ",
                       zh = "main 没有正常返回" .. where(w) .. "：" } .. lab.explain(r) ..
      say{ en = "\nIs a worker still there to take every upload after a bad one?",
           zh = "\n坏上传之后，还有 worker 来接手剩下的每个上传吗？" }
  end
  if #r.leaked > 0 then
    return false, say{ en = "goroutines are left blocked when main returns" .. where(w) .. ": ",
                       zh = "main 返回时还有 goroutine 阻塞着" .. where(w) .. "：" } .. lab.explain(r.leaked)
  end
  local seen = {}
  for line in r.stdout:gmatch("[^\n]+") do
    local u, rest = line:match("^(.-) %-> (.*)$")
    if u then seen[u] = (seen[u] or 0) + 1; seen[u .. "\0"] = rest end
  end
  for _, u in ipairs(w.list) do
    local got = seen[u .. "\0"]
    if not got then
      if w.want[u] then
        return false, say{
          en = "`" .. u .. "` is not reported" .. where(w) .. ": expected `" .. u .. " -> " .. w.want[u] ..
               "`. A bad upload must not cost the uploads behind it.\n" .. r.stdout,
          zh = "没有报告 `" .. u .. "`" .. where(w) .. "：应为 `" .. u .. " -> " .. w.want[u] ..
               "`。一个坏上传不应连累后面的上传。\n" .. r.stdout }
      end
      return false, say{
        en = "the malformed upload `" .. u .. "` is not reported" .. where(w) ..
             ": its task was lost with the panic. Report it as `" .. u .. " -> ` and the reason, and keep the worker going.\n" .. r.stdout,
        zh = "格式错误的上传 `" .. u .. "` 没有被报告" .. where(w) .. "：它的任务随 panic 一起丢了。请报告为 `" .. u ..
             " -> ` 加上原因，并让 worker 继续工作。\n" .. r.stdout }
    end
    if seen[u] > 1 then
      return false, say{ en = "`" .. u .. "` is reported " .. seen[u] .. " times" .. where(w) .. ": report each upload once.",
                         zh = "`" .. u .. "` 被报告了 " .. seen[u] .. " 次" .. where(w) .. "：每个上传只报告一次。" }
    end
    if w.want[u] and got ~= w.want[u] then
      return false, say{ en = "`" .. u .. " -> " .. got .. "`" .. where(w) .. ": it should be resized to `" .. w.want[u] .. "` by `Resize`.",
                         zh = "`" .. u .. " -> " .. got .. "`" .. where(w) .. "：它应由 `Resize` 缩放为 `" .. w.want[u] .. "`。" }
    end
    if not w.want[u] and (got:match("^%d+x%d+$") or not got:find("%a")) then
      return false, say{ en = "`" .. u .. " -> " .. got .. "`" .. where(w) .. ": this upload cannot be resized; say that it failed, and why.",
                         zh = "`" .. u .. " -> " .. got .. "`" .. where(w) .. "：这个上传无法缩放；请说明它失败了以及原因。" }
    end
  end
  local late = unordered_reports(r)
  if #late > 0 then
    return false, say{
      en = "goroutine " .. late[1] .. " sends a report on `results` that nobody waits for before closing it" .. where(w) ..
           ": it was in time on this schedule, but nothing orders its send before the close, and on another one `results` is closed first (send on closed channel) or main returns. " ..
           "Report from the worker itself (or wait for the goroutine that reports).",
      zh = "goroutine " .. late[1] .. " 在 `results` 上发送报告，但关闭 `results` 之前没有人等它" .. where(w) ..
           "：这次调度下它赶上了，但没有任何同步保证它的发送在关闭之前；换一种调度，`results` 会先被关闭（向已关闭的 channel 发送）或者 main 先返回。" ..
           "请由 worker 自己报告（或者等负责报告的 goroutine 结束）。" }
  end
  local count, most, by_main = resizes(r)
  if count < w.good then
    return false, say{
      en = string.format("only %d of the %d good uploads went through the world's `Resize`%s: the workers must resize them, not print what they expect.",
                         count, w.good, where(w)),
      zh = string.format("%d 个正常上传中只有 %d 个经过了 world 的 `Resize`%s：要由 worker 来缩放，而不是打印预期结果。",
                         w.good, count, where(w)) }
  end
  if by_main then
    return false, say{ en = "main resizes uploads itself" .. where(w) .. ": keep the workers, and make them survive a bad upload.",
                       zh = "main 自己在缩放上传" .. where(w) .. "：保留 worker，并让它们在坏上传之后活下来。" }
  end
  -- which workers get which uploads depends on timing: this one holds for
  -- the plain runs
  if not explored and w.good >= 2 and most < 2 then
    return false, say{ en = "the uploads are resized by one goroutine at a time" .. where(w) .. ": keep several workers running side by side.",
                       zh = "同一时间只有一个 goroutine 在缩放上传" .. where(w) .. "：让多个 worker 同时运行。" }
  end
  return true
end

for _, w in ipairs(worlds) do
  local r = lab.run{ seed = 1, race = true, args = w.args }
  local ok, why = judge(r, w)
  check("world " .. w.id, ok, why)
end
for _, w in ipairs(worlds) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 30, mode = mode, seed = 3, race = true, args = w.args,
                             check = function(r) return judge(r, w, true) end }
    check("explore " .. mode .. " " .. w.id, all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } ..
      (all.first_failure or ""))
  end
end
return pass(say{
  en = "A bad upload fails alone: the worker recovers, reports it and goes on — in every batch, on every schedule tried.",
  zh = "坏上传只让自己失败：worker recover 后报告它并继续——每一批、尝试的每种调度都如此。" })
