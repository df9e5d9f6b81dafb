-- Grader for lesson 9. The world (world.go) starts the handlers from args;
-- the grader computes each world's total and checks from the runs that:
--   * `views:` is the exact total on several worlds (sizes, pages, weights);
--   * the race detector reports nothing;
--   * no update is lost on explored schedules: random and PCT with
--     preemptions, short time slices and atomic/mutex operations as switch
--     points (an atomic Load then Store, or a lock for the read and another
--     for the write, loses updates there), with the race detector on.
local say = lab.say
local check = lab.check

local function weight(page) return #page % 3 + 1 end -- as in world.go

local function world(handlers, requests, pages)
  local w = { handlers = handlers, requests = requests, total = 0 }
  local list = {}
  for p in pages:gmatch("[^,]+") do list[#list + 1] = p end
  for h = 0, handlers - 1 do w.total = w.total + requests * weight(list[h % #list + 1]) end
  w.args = { "-handlers=" .. handlers, "-requests=" .. requests, "-pages=" .. pages }
  w.desc = table.concat(w.args, " ")
  return w
end

local function judge(r, w)
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status ~= "exit" then
    return false, say{ en = "in the world `" .. w.desc .. "` the program did not end normally: " .. lab.explain(r),
                       zh = "在世界 `" .. w.desc .. "` 中程序没有正常结束：" .. lab.explain(r) }
  end
  if #r.races > 0 then
    return false, say{
      en = string.format("in the world `%s` the race detector found %d data race(s), even if the total came out right: %s", w.desc, #r.races, lab.explain(r.races)),
      zh = string.format("在世界 `%s` 中竞态检测器发现了 %d 处数据竞争（即使总数碰巧正确）：%s", w.desc, #r.races, lab.explain(r.races)) }
  end
  local v = tonumber(r.stdout:match("views: (%-?%d+)"))
  if v ~= w.total then
    return false, say{
      en = string.format("in the world `%s` views should be %d, the program printed `%s`: %s", w.desc, w.total, (r.stdout:gsub("\n$", "")),
        v and v < w.total and "updates were lost: two handlers read the same old value and one write overwrote the other. Make read-compute-write one indivisible step." or "count each view once, with its page's weight."),
      zh = string.format("在世界 `%s` 中 views 应为 %d，程序输出 `%s`：%s", w.desc, w.total, (r.stdout:gsub("\n$", "")),
        v and v < w.total and "有更新丢失：两个 handler 读到同一个旧值，一次写入覆盖了另一次。让“读-算-写”成为不可分割的一步。" or "每次浏览按页面权重计数一次。") }
  end
  return true
end

-- The handlers (the goroutines world.go's main starts) that did no
-- synchronised write while serving: no mutex lock, no atomic write, no send.
-- A handler that counts its views does at least one of them (once per view,
-- or once with its local sum); one that does none counted nothing, and a
-- right total came from somewhere else (the world's flags).
local function idle_handlers(r)
  local handler, counted, idle = {}, {}, {}
  for _, e in ipairs(r.events) do
    if e.kind == "go create" and e.g == 1 then handler[e.a] = true
    elseif handler[e.g] and (e.kind == "mutex lock" or e.kind == "chan send" or
                             (e.kind == "atomic" and e.b == 1)) then
      counted[e.g] = true
    end
  end
  for g in pairs(handler) do
    if not counted[g] then idle[#idle + 1] = g end
  end
  table.sort(idle)
  return idle
end

local worlds = {
  world(8, 2000, "/home"),                   -- the story: 48000
  world(3, 700, "/,/about,/contact-us"),     -- other pages, other weights
  world(16, 150, "/a,/bb"),                  -- many handlers, few requests
}
for _, w in ipairs(worlds) do
  for _, seed in ipairs{ 1, 2 } do
    local r = lab.run{ seed = seed, args = w.args, race = true }
    local ok, msg = judge(r, w)
    check("views " .. w.desc .. " seed " .. seed, ok, msg)
    local idle = idle_handlers(r)
    check("the handlers count " .. w.desc, #idle == 0, say{
      en = string.format("in the world `%s` handler goroutine %d served its requests without counting them: it never locked a mutex, wrote atomically or sent on a channel. " ..
                         "The views must be counted by the handlers as they serve, not worked out from the world's flags.", w.desc, idle[1] or 0),
      zh = string.format("在世界 `%s` 中，handler goroutine %d 处理了请求却没有计数：它从没加锁、没做原子写，也没在 channel 上发送。" ..
                         "浏览量必须由 handler 在处理请求时计数，而不是根据世界的参数算出来。", w.desc, idle[1] or 0) })
  end
end

-- Explored schedules: small worlds, so a lost update is one switch away.
local small = { world(3, 20, "/home"), world(2, 40, "/,/ab") }
for i, w in ipairs(small) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 150, mode = mode, seed = i, args = w.args, race = true,
                             check = function(r) return judge(r, w) end }
    check("explore " .. mode .. " " .. w.desc, all.failed == 0, all.first_failure)
  end
end
return pass(say{ en = "Every update of views is one indivisible step: no lost update and no data race, on every world and schedule.",
                 zh = "每次对 views 的更新都是不可分割的一步：在所有世界和调度下，没有丢失的更新，也没有数据竞争。" })
