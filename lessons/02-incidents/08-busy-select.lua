-- Grader for lesson 8. The world (world.go) feeds the queue from args; the
-- grader knows each world's jobs and checks from the run itself that:
--   * the runner reports the exact sum of the jobs, on every world;
--   * between jobs it is parked: the runner's goroutines are started (woken)
--     about once per job, use a few instructions per job, and every job is
--     taken as soon as it is sent (no poll interval, however long or short);
--   * no goroutine leaks, no data race, on explored schedules too (with the
--     timing adversary: an idle timeout is not a way to learn the queue ended).
local say = lab.say
local check = lab.check
local MS = 1e6
-- A spinning runner ends fast; a small heap keeps a loop of timers from
-- filling the result with live channels.
local LIMITS = { steps = 2000000, heap = 4 }
-- The explored world's five jobs take about 600 instructions on every
-- schedule: a spinning runner hits a lower limit sooner, schedule after schedule.
local EXPLORE_LIMITS = { steps = 20000, heap = 4 }

local function parse_ms(s)
  local n, unit = s:match("^([%d.]+)(%a+)$")
  n = tonumber(n)
  return unit == "ms" and n * MS or unit == "s" and n * 1e9 or unit == "us" and n * 1e3 or n
end

local function world(jobs, every, start, step)
  local w = { jobs = jobs, start = start, step = step, gaps = {}, sum = 0, wait = 0 }
  for s in every:gmatch("[^,]+") do w.gaps[#w.gaps + 1] = parse_ms(s) end
  for j = 0, jobs - 1 do
    w.sum = w.sum + start + j * step
    w.wait = w.wait + w.gaps[j % #w.gaps + 1]
  end
  w.args = { "-jobs=" .. jobs, "-every=" .. every, "-start=" .. start, "-step=" .. step }
  w.desc = table.concat(w.args, " ")
  return w
end

local worlds = {
  world(10, "10ms", 1, 1),          -- the story
  world(25, "0s,0s,50ms", 7, 3),    -- bursts of three
  world(6, "400ms", -11, 11),       -- long waits; a job worth 0
  world(40, "1ms", 100, 0),         -- a fast trickle
}

local function judge(r, w)
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "limit" then
    return false, say{
      en = string.format("in the world `%s` the program hit a limit (%s) before the %d jobs (%.0fms of waiting) were summed: the runner keeps running while there is nothing to do. Let it block until a job arrives (or the queue is closed).", w.desc, r.fatal or "", w.jobs, w.wait / MS),
      zh = string.format("在世界 `%s` 中，%d 个任务（共等待 %.0fms）还没加完，程序就触到了限制（%s）：队列为空时 runner 仍在运行。让它阻塞，直到任务到来（或队列关闭）。", w.desc, w.jobs, w.wait / MS, r.fatal or "") }
  end
  if r.status ~= "exit" then
    return false, say{ en = "in the world `" .. w.desc .. "` the program did not end normally: " .. lab.explain(r),
                       zh = "在世界 `" .. w.desc .. "` 中程序没有正常结束：" .. lab.explain(r) }
  end
  if #r.leaked > 0 then return false, lab.explain(r.leaked) end
  if #r.races > 0 then return false, lab.explain(r.races) end
  local got = r.stdout:match("handled (%-?%d+)")
  if tonumber(got) ~= w.sum then
    return false, say{
      en = string.format("in the world `%s` the jobs add up to %d, but the program printed:\n%s", w.desc, w.sum, r.stdout),
      zh = string.format("在世界 `%s` 中任务之和是 %d，程序却输出：\n%s", w.desc, w.sum, r.stdout) }
  end
  return true
end

for _, w in ipairs(worlds) do
  local r = lab.run{ seed = 2, args = w.args, race = true, limits = LIMITS }
  local ok, msg = judge(r, w)
  check("result " .. w.desc, ok, msg)
  -- The runner's side: every goroutine but main.
  local starts, cpu = 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go start" and e.g ~= 1 then starts = starts + 1 end
  end
  for g, ns in pairs(r.cpu) do if g ~= 1 then cpu = cpu + ns end end
  check("wakes " .. w.desc, starts <= w.jobs + 3, say{
    en = string.format("in the world `%s` the runner was woken %d times for %d jobs: it wakes up to look at an empty queue (a poll, a yield or a timeout in the loop). Let it wait on the queue itself, so that only a job (or the close) wakes it.", w.desc, starts, w.jobs),
    zh = string.format("在世界 `%s` 中，%d 个任务 runner 却被唤醒了 %d 次：它在醒来查看空队列（循环里的轮询、让出或超时）。让它直接等待队列，只有任务（或关闭）才唤醒它。", w.desc, w.jobs, starts) })
  check("cpu " .. w.desc, cpu <= 200 + 100 * w.jobs, say{
    en = string.format("in the world `%s` the runner used %.1fµs of virtual CPU for %d jobs: it keeps running while the queue is empty. Let it block until a job arrives.", w.desc, cpu / 1e3, w.jobs),
    zh = string.format("在世界 `%s` 中，%d 个任务 runner 用了 %.1fµs 虚拟 CPU：队列为空时它仍在运行。让它阻塞，直到任务到来。", w.desc, w.jobs, cpu / 1e3) })
  local late = r.virtual_time - w.wait
  check("latency " .. w.desc, late <= 20000 + 1000 * w.jobs, say{
    en = string.format("in the world `%s` the jobs were taken %.2fms later in all than they were sent: the runner sleeps between looks at the queue, so a job waits for it. A blocked receive takes each job the moment it is sent.", w.desc, late / MS),
    zh = string.format("在世界 `%s` 中，任务总共比发送时晚了 %.2fms 才被取走：runner 两次查看队列之间在 sleep，任务只能等它。阻塞的接收在任务发送的瞬间就取走它。", w.desc, late / MS) })
end

-- Explored schedules, preemptions and the timing adversary (where the
-- runtime has it): the sum holds, nothing leaks, no race.
local small = world(5, "2ms,0s", 3, 2)
for _, mode in ipairs{ "random", "pct" } do
  local all = lab.explore{ runs = 150, mode = mode, args = small.args, race = true,
                           limits = EXPLORE_LIMITS, check = function(r) return judge(r, small) end }
  check("explore " .. mode, all.failed == 0, all.first_failure)
end
return pass(say{ en = "The runner blocks while the queue is empty: no CPU spent and no wake-up without a job, on every world and schedule.",
                 zh = "队列为空时 runner 阻塞：在所有世界和调度下，没有任务就不耗 CPU、也不被唤醒。" })
