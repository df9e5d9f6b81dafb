-- Grader: in several worlds (batch sizes, tokenizer speeds), main reports the
-- whole batch only after every document was indexed by a worker goroutine,
-- the workers overlap, nothing races or leaks (race detector on: the default);
-- on explored schedules with the timing adversary too.
local say, check = lab.say, lab.check

-- A waiting main blocks; one that spins (polling) runs out of steps.
local LIMITS = { steps = 5000000 }

-- The worlds: the story's batch, then batches and speeds the starter never shows.
local function docs_of(n, prefix)
  local t = {}
  for i = 1, n do t[i] = prefix .. i end
  return t
end
local worlds = {
  { name = "story", zh = "故事", docs = {"go", "channel", "select", "mutex", "context", "timer", "errgroup", "deadlock"} },
  { name = "13 long documents, slow tokenizer", zh = "13 个长文档，分词很慢",
    docs = docs_of(13, "chapter-"), tokenize = "150ms" },
  { name = "3 documents, fast tokenizer", zh = "3 个文档，分词很快", docs = {"a", "bb", "ccc"}, tokenize = "1ms" },
  { name = "one document", zh = "只有一个文档", docs = {"readme"}, tokenize = "40ms" },
  { name = "a batch with repeated documents", zh = "批次里有重复的文档",
    docs = {"go", "chan", "go", "select", "chan", "go"}, tokenize = "5ms" },
}
for _, w in ipairs(worlds) do
  w.args = { "-docs=" .. table.concat(w.docs, ",") }
  if w.tokenize then w.args[2] = "-tokenize=" .. w.tokenize end
end

-- A document is indexed when Index.Add (world.go) unlocks the index after recording it.
local function add_done(e)
  if e.kind ~= "mutex unlock" then return false end
  return e.func == "main.(*Index).Add"
end

-- Which goroutines indexed a document, how many documents were indexed before
-- main's first output, and how many indexing goroutines were alive at once.
local function trace(r)
  local indexers, before_output, seen_output = {}, 0, false
  for _, e in ipairs(r.events) do
    if e.kind == "output" and not seen_output then seen_output = true end
    if add_done(e) then
      indexers[e.g] = true
      if not seen_output then before_output = before_output + 1 end
    end
  end
  local alive, most = 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go create" and indexers[e.a] then
      alive = alive + 1
      if alive > most then most = alive end
    elseif e.kind == "go end" and indexers[e.g] then
      alive = alive - 1
    end
  end
  return indexers, before_output, most
end

-- An explored failure, with the world's arguments for replaying it:
-- gorolab run FILES --schedule '...' -- ARGS
local function replay(all, w)
  if all.failed == 0 then return nil end
  return all.first_failure .. say{ en = "\n  the world's arguments (after --): ", zh = "\n  这个世界的参数（放在 -- 之后）：" } ..
    table.concat(w.args, " ")
end

-- Go's rule for a WaitGroup: an Add that may start the count must happen
-- before the Wait (lab.order: Go's happens-before from the run's events).
-- Returns the goroutine of the first positive Add that came before a Wait on
-- its WaitGroup but is not ordered before it: registered in time on this
-- schedule only by luck.
local function unordered_add(r)
  local adds, waiting, found = {}, {}, nil
  lab.order(r, function(e, clock)
    local g, k = e.g, e.kind
    if found then return end
    if k == "go block" and e.reason == "sync.WaitGroup.Wait" then
      waiting[g] = lab.snap(clock)
    elseif k == "waitgroup add" and e.b > 0 then
      adds[e.a] = adds[e.a] or {}
      table.insert(adds[e.a], { g = g, at = clock[g] })
    elseif k == "waitgroup wait" then
      local at = waiting[g] or clock   -- where Wait was called
      waiting[g] = nil
      for _, a in ipairs(adds[e.a] or {}) do
        if a.g ~= g and (at[a.g] or 0) < a.at then found = a.g; return end
      end
    end
  end)
  return found
end

local function judge(w, r)
  local n = #w.docs
  local where = say{ en = " (world: " .. w.name .. ", " .. n .. " documents)",
                     zh = "（世界：" .. (w.zh or w.name) .. "，" .. n .. " 个文档）" }
  if r.status == "deadlock" then
    return false, say{ en = "wg.Wait() never returns: the counter never gets back to zero. " ..
      "Is every Add matched by exactly one Done on the same WaitGroup (not a copy)?",
      zh = "wg.Wait() 永远不返回：计数器回不到零。每个 Add 是否都恰好对应同一个 WaitGroup（不是副本）上的一次 Done？" } ..
      where .. "\n" .. lab.explain(r)
  end
  if r.status == "panic" and (r.panic or ""):find("negative WaitGroup counter", 1, true) then
    return false, say{ en = "panic: sync: negative WaitGroup counter: more Done calls than Add. " ..
      "Does the number you Add depend on the batch you were given?",
      zh = "panic: sync: negative WaitGroup counter：Done 比 Add 多。你 Add 的数量是否取决于实际拿到的文档批次？" } .. where
  end
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status == "limit" then
    return false, say{ en = "main never got to its report: it was still running when the step limit hit. " ..
      "Does it wait by polling a counter that never reaches the batch size (an update lost between a read " ..
      "and a write)? Block on a WaitGroup (or channel) instead.",
      zh = "main 始终没有走到报告那一步：到达步数上限时它仍在运行。它是否在轮询一个永远到不了批次大小的计数器" ..
      "（在读和写之间丢失了一次更新）？改为阻塞在 WaitGroup（或 channel）上。" } .. where
  end
  if r.status ~= "exit" then
    return false, say{ en = "main should return normally, got ", zh = "main 应正常返回，实际是 " } ..
      r.status .. where .. "\n" .. r.stderr
  end
  if #r.races > 0 then
    return false, lab.explain(r.races) .. where
  end
  local distinct, k = {}, 0 -- the index holds each distinct document once
  for _, d in ipairs(w.docs) do
    if not distinct[d] then distinct[d], k = true, k + 1 end
  end
  local want = string.format("indexed %d of %d documents\n", k, n)
  if r.stdout ~= want then
    return false, say{ en = "main should print `" .. want:sub(1, -2) .. "`, printed `" .. r.stdout:gsub("\n$", "") ..
      "`: wg.Wait() returned before every document's worker was done. Is each worker counted with wg.Add " ..
      "before wg.Wait runs, once per document of the batch main was given?",
      zh = "main 应打印 `" .. want:sub(1, -2) .. "`，实际打印 `" .. r.stdout:gsub("\n$", "") ..
      "`：wg.Wait() 在所有文档的 worker 完成之前就返回了。每个 worker 是否都在 wg.Wait 运行之前用 wg.Add 计数，且按实际拿到的批次每个文档一次？" } .. where
  end
  if #r.leaked > 0 then return false, lab.explain(r.leaked) .. where end
  local g = r.events_total <= #r.events and unordered_add(r)
  if g then
    return false, say{
      en = "goroutine " .. g .. " called wg.Add before main's wg.Wait on this schedule, but nothing orders it first " ..
           "(a pause or a yield does not): on another schedule Wait returns before it registered. " ..
           "Call wg.Add before the go statement, or have main wait until the worker registered.",
      zh = "这次调度下 goroutine " .. g .. " 在 main 的 wg.Wait 之前调用了 wg.Add，但没有任何同步保证它在前" ..
           "（停顿或让出都不能保证）：换一种调度，Wait 会在它登记之前返回。" ..
           "在 go 语句之前调用 wg.Add，或者让 main 等到 worker 登记完毕。" } .. where
  end
  local indexers, before_output = trace(r)
  if before_output < n then
    return false, say{ en = string.format("main reported the batch when only %d of %d documents had been indexed " ..
      "(Index.add had finished): report after the work, not instead of it.", before_output, n),
      zh = string.format("main 报告结果时只有 %d/%d 个文档真正完成索引（Index.add 结束）：要在工作完成之后报告，而不是代替工作。",
      before_output, n) } .. where
  end
  if indexers[1] then
    return false, say{ en = "main indexes documents itself: each document should be indexed by a worker goroutine.",
      zh = "main 自己在做索引：每个文档应由 worker goroutine 索引。" } .. where
  end
  return true
end

for _, w in ipairs(worlds) do
  -- One plain run: the right result, and the documents indexed side by side.
  local r = lab.run{ seed = 1, args = w.args, limits = LIMITS }
  local ok, why = judge(w, r)
  check("world " .. w.name .. ": full count after the work", ok, why)
  if #w.docs > 1 then
    local _, _, most = trace(r)
    check("world " .. w.name .. ": workers overlap", most >= 2, say{
      en = string.format("at most %d indexing goroutine was running at a time: the %d documents should be indexed " ..
        "concurrently, not one after another (world: %s).", most, #w.docs, w.name),
      zh = string.format("同一时刻最多只有 %d 个索引 goroutine 在运行：%d 个文档应当并发索引，而不是一个接一个（世界：%s）。",
        most, #w.docs, w.zh) })
  end
end

-- Schedules where main runs ahead of the workers, or the workers ahead of main.
for i, w in ipairs(worlds) do
  if i ~= 4 then
    local judge_w = function(r) return judge(w, r) end
    for _, mode in ipairs{"random", "pct"} do
      local all = lab.explore{ runs = 40, mode = mode, seed = 7, args = w.args, limits = LIMITS,
                                check = judge_w }
      check("world " .. w.name .. ": " .. mode .. " schedules", all.failed == 0, replay(all, w))
    end
  end
end
return pass(say{ en = "Every wg.Add happens before wg.Wait: main reports the whole batch, after the work, in every world.",
  zh = "每个 wg.Add 都发生在 wg.Wait 之前：在每个世界里，main 都在工作完成后报告整批文档。" })
