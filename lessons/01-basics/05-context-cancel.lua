-- Grader: in several worlds (symbols, opening prices, feed speeds), the
-- dashboard prints each symbol's first quote, every watcher ends as soon as
-- its quote was taken (not when some timeout fires or main ends), nothing
-- races or leaks; on explored schedules, on a fair clock and with the timing
-- adversary (race detector on: lab.run's default).
local say, check = lab.say, lab.check

local worlds = {
  { name = "story", zh = "故事", symbols = {"GO", "RUST", "ZIG"}, every = 200 },
  { name = "five symbols, a fast feed", zh = "五个代码，报价很快", symbols = {"AAPL", "GO", "NVDA", "C", "TSLA"}, every = 30,
    open = { AAPL = 190, NVDA = 880, C = 61 } },
  { name = "two symbols, a slow feed", zh = "两个代码，报价很慢", symbols = {"BTC", "ETH"}, every = 2000, open = { BTC = 64000, ETH = 3400 } },
}
for _, w in ipairs(worlds) do
  w.args = { "-symbols=" .. table.concat(w.symbols, ","), "-every=" .. w.every .. "ms" }
  local opens = {}
  for s, p in pairs(w.open or {}) do opens[#opens + 1] = s .. ":" .. p end
  table.sort(opens)
  if #opens > 0 then w.args[3] = "-open=" .. table.concat(opens, ",") end
  -- the expected output: each symbol's first quote is its opening price + 1
  local lines = {}
  for i, s in ipairs(w.symbols) do
    lines[i] = string.format("%s %d\n", s, ((w.open or {})[s] or #s * 100) + 1)
  end
  w.want = table.concat(lines) .. "dashboard ready\n"
end

-- firstQuote's context may carry a long timeout (the starter's hour). A schedule
-- that starves the feed for half an hour is beyond what the lesson judges.
local LIMITS = { steps = 5000000, time = "30m" }
local STARVED = 30 * 60 * 1000000000
local MS = 1000000

-- The watchers (goroutines that sent a quote from world.go's Watch), when each
-- first handed a quote over and when each ended.
local function watchers(r)
  local first, ended, order, timer_chan = {}, {}, {}, {}
  for _, e in ipairs(r.events) do
    local in_watch = e.func == "main.Watch" or (e.func == nil and e.file == "world.go")
    if e.kind == "chan make" and ((e.func or ""):find("^time%.") or e.file == "time.go") then
      timer_chan[e.a] = true -- time.After's channel: its tick is not a quote
    elseif e.kind == "chan send" and in_watch and not timer_chan[e.a] and not first[e.g] then
      first[e.g] = e.t
      order[#order + 1] = e.g
    elseif e.kind == "go end" and first[e.g] then
      ended[e.g] = e.t
    end
  end
  return order, first, ended
end

-- Goroutines left blocked when main returned, but for the context package's own
-- (a deadline's timer goroutine cancelling while main exits: the lock it waits
-- for is held by a runnable goroutine, not lost).
local function leaks(r)
  local t = {}
  for _, g in ipairs(r.leaked) do
    if not ((g.func or ""):find("^context%.") and g.state == "sync.Mutex.Lock") then t[#t + 1] = g end
  end
  return t
end

-- An explored failure, with the world's arguments for replaying it:
-- gorolab run FILES --schedule '...' -- ARGS
local function replay(all, w)
  if all.failed == 0 then return nil end
  return all.first_failure .. say{ en = "\n  the world's arguments (after --): ", zh = "\n  这个世界的参数（放在 -- 之后）：" } ..
    table.concat(w.args, " ")
end

local function judge(w, r, timed)
  local where = say{ en = " (world: " .. w.name .. ")", zh = "（世界：" .. (w.zh or w.name) .. "）" }
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if not timed and r.status == "limit" and r.virtual_time >= STARVED then return true end
  if r.status == "deadlock" then
    return false, say{ en = "the dashboard waits forever for a quote: was the watcher's context cancelled " ..
      "before its first quote was taken?", zh = "看板永远在等一个报价：watcher 的 context 是否在第一个报价被取走之前就被取消了？" } ..
      where .. "\n" .. lab.explain(r)
  end
  if r.status ~= "exit" then
    return false, say{ en = "main should return normally, got ", zh = "main 应正常返回，实际是 " } ..
      r.status .. where .. "\n" .. r.stderr
  end
  if #r.races > 0 then return false, lab.explain(r.races) .. where end
  if r.stdout ~= w.want then
    return false, say{ en = "the dashboard should print each symbol's first quote, then `dashboard ready`:\n" ..
      w.want .. "it printed:\n" .. r.stdout, zh = "看板应依次打印每个代码的第一个报价，然后是 `dashboard ready`：\n" ..
      w.want .. "实际打印：\n" .. r.stdout } .. where
  end
  if #leaks(r) > 0 then
    return false, say{ en = string.format("%d goroutine(s) are still running after main returns: their context " ..
      "is never cancelled. Who calls `cancel`?\n", #leaks(r)),
      zh = string.format("main 返回后仍有 %d 个 goroutine 在运行：它们的 context 从未被取消。谁来调用 `cancel`？\n",
      #leaks(r)) } .. lab.explain(leaks(r)) .. where
  end
  local order, first, ended = watchers(r)
  if #order < #w.symbols then
    return false, say{ en = string.format("only %d watcher(s) streamed a quote for %d symbols: each quote must come " ..
      "from `Watch`.", #order, #w.symbols), zh = string.format("%d 个代码却只有 %d 个 watcher 发出了报价：每个报价都必须来自 `Watch`。",
      #w.symbols, #order) } .. where
  end
  if timed then
    for _, g in ipairs(order) do
      local late = (ended[g] or r.virtual_time) - first[g]
      if late > MS then
        return false, say{ en = string.format("watcher goroutine %d (Watch, world.go) kept running %.0fms after its " ..
          "first quote was taken: it should stop at once. Is its context cancelled when firstQuote returns?",
          g, late / MS),
          zh = string.format("watcher goroutine %d（Watch，world.go）在第一个报价被取走后又运行了 %.0fms：它应当立即停止。" ..
          "firstQuote 返回时它的 context 被取消了吗？", g, late / MS) } .. where
      end
    end
  end
  return true
end

for _, w in ipairs(worlds) do
  for _, seed in ipairs{1, 2} do
    local r = lab.run{ seed = seed, args = w.args, limits = LIMITS }
    local ok, why = judge(w, r, true)
    check("world " .. w.name .. ", seed " .. seed .. ": first quotes, watchers stopped at once", ok, why)
  end
end
for _, w in ipairs(worlds) do
  -- Other interleavings on a fair clock: each watcher still stops at once.
  local fair = lab.explore{ runs = 30, mode = "pct", seed = 9, args = w.args, limits = LIMITS, timing = false,
                            check = function(r) return judge(w, r, true) end }
  check("world " .. w.name .. ": pct schedules, fair clock", fair.failed == 0, replay(fair, w))
  -- Schedules that starve the watchers and let the feed's clock run ahead.
  for _, mode in ipairs{"random", "pct"} do
    local all = lab.explore{ runs = 40, mode = mode, seed = 3, args = w.args, limits = LIMITS,
                             check = function(r) return judge(w, r, false) end }
    check("world " .. w.name .. ": " .. mode .. " schedules, timing adversary", all.failed == 0, replay(all, w))
  end
end
return pass(say{ en = "Every context is cancelled as soon as its quote is taken: each watcher stops at once.",
  zh = "每个 context 都在报价被取走后立即取消：每个 watcher 都马上停止。" })
