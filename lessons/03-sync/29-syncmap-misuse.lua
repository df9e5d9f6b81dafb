-- Grader for lesson 29 (sync.Map where a map with a mutex is the tool). The
-- world (world.go) opens the bins, runs workers that move stock between them
-- and an auditor that calls total() meanwhile, then prints the totals the
-- auditor saw and every bin's stock. On several worlds and on explored
-- schedules (random and PCT, timing adversary, race detector on) the grader
-- checks that:
--   * every audit saw the warehouse's real total (moves never create or lose
--     items, so an audit that sees another number saw half a move);
--   * every bin ends with its exact stock (no move lost);
--   * no race, no fatal error, nothing left blocked;
--   * from the events (plain runs): the workers moved stock at the same time.
-- It does not time sync.Map: gorolab's sync.Map is a map under a mutex, so a
-- CPU budget would measure gorolab, not Go. What Go's documentation gives as
-- the reason to prefer a plain map with a lock is checked instead: keeping
-- an invariant across keys.
local say, check = lab.say, lab.check

local function world(bins, workers, moves, think, name)
  local w = { name = name, workers = workers, stock = {}, total = 0 }
  for i = 1, bins do w.stock[i] = 1000 + 10 * i; w.total = w.total + w.stock[i] end
  for k = 0, workers - 1 do
    for i = 0, moves - 1 do
      local from = (k * 3 + i) % bins + 1
      local to = (k * 5 + i * 7 + 1) % bins + 1
      if to == from then to = to % bins + 1 end
      local n = (k + i) % 5 + 1
      w.stock[from] = w.stock[from] - n
      w.stock[to] = w.stock[to] + n
    end
  end
  w.lines = {}
  for i = 1, bins do w.lines[i] = "b" .. i .. ": " .. w.stock[i] end
  w.want_bins = table.concat(w.lines, "\n") .. "\n"
  w.args = { "-bins=" .. bins, "-workers=" .. workers, "-moves=" .. moves, "-think=" .. think }
  w.desc = table.concat(w.args, " ")
  return w
end

local function where(w)
  return say{ en = " (world: " .. w.desc .. ")", zh = "（世界参数：" .. w.desc .. "）" }
end

local function judge(r, w, plain)
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  local fatal = r.fatal or ""
  if #r.races > 0 or fatal:find("concurrent map", 1, true) then
    local what = #r.races > 0 and lab.explain(r.races[1]) or ("fatal error: " .. fatal)
    return "no race", say{
      en = what .. where(w) .. "\nThe audit reads every bin while the workers change them: it must hold the same lock as the moves.",
      zh = what .. where(w) .. "\n审计在工人修改库位的同时读取所有库位：它必须持有与搬运相同的锁。" }
  end
  if r.status ~= "exit" then
    return "main returns", say{ en = "the program did not end normally" .. where(w) .. ": " .. lab.explain(r),
                                zh = "程序没有正常结束" .. where(w) .. "：" .. lab.explain(r) }
  end
  if #r.leaked > 0 then
    return "nothing left blocked", say{
      en = "goroutines are left blocked when main returns" .. where(w) .. ": " .. lab.explain(r.leaked),
      zh = "main 返回时还有 goroutine 阻塞着" .. where(w) .. "：" .. lab.explain(r.leaked) }
  end
  local seen = r.stdout:match("audits saw: ([^\n]*)") or "?"
  if seen ~= tostring(w.total) and not seen:find(" ", 1, true) then
    return "total counts the bins", say{
      en = "the bins hold " .. w.total .. " items, but every audit said " .. seen .. where(w) .. ": total() must add up the bins.",
      zh = "库位里共有 " .. w.total .. " 件货物，每次审计却都说是 " .. seen .. where(w) .. "：total() 必须把各库位加起来。" }
  end
  if seen ~= tostring(w.total) then
    return "every audit sees the real total", say{
      en = "the warehouse always holds " .. w.total .. " items, but the audits saw: " .. seen .. where(w) ..
           ". An audit ran in the middle of a move: items taken out of one bin and not yet put into the other (or counted twice). sync.Map makes each Load and Store safe on its own, not a move of two bins, nor a Range that sees all of them at one instant. Keep the bins in a plain map and do each move, and each audit, under one mutex.",
      zh = "仓库里始终有 " .. w.total .. " 件货物，审计却看到：" .. seen .. where(w) ..
           "。有审计发生在搬运途中：货物已从一个库位取出、还没放进另一个（或被数了两次）。sync.Map 只保证每次 Load 和 Store 本身安全，保证不了涉及两个库位的一次搬运，也保证不了一次 Range 在同一时刻看到所有库位。把库位放进普通 map，每次搬运、每次审计都在同一把互斥锁内完成。" }
  end
  local bins_out = r.stdout:match("audits saw: [^\n]*\n(.*)$") or ""
  if bins_out ~= w.want_bins then
    local i = 0
    for line in bins_out:gmatch("[^\n]+") do
      i = i + 1
      if line ~= w.lines[i] then
        return "exact stock", say{
          en = "expected `" .. tostring(w.lines[i]) .. "`, got `" .. line .. "`" .. where(w) ..
               ": a move was lost or half done. Reading a bin and writing it back must be one step with the rest of the move (a Load then a Store is two).",
          zh = "应当是 `" .. tostring(w.lines[i]) .. "`，实际是 `" .. line .. "`" .. where(w) ..
               "：有搬运丢失或只做了一半。读出库位再写回，必须和这次搬运的其余部分一起一步完成（先 Load 再 Store 是两步）。" }
      end
    end
    return "exact stock", say{ en = "the bins should end as\n" .. w.want_bins .. "got\n" .. bins_out .. where(w),
                               zh = "库位最终应当是\n" .. w.want_bins .. "实际是\n" .. bins_out .. where(w) }
  end
  if plain and w.workers >= 2 and lab.max_alive(r, "main.worker") < 2 then
    return "workers at once", say{ en = "the workers did not run at the same time" .. where(w) .. ".",
                                   zh = "工人没有同时工作" .. where(w) .. "。" }
  end
  return nil
end

local worlds = {
  world(6, 4, 25, "1ms", "the story"),
  world(2, 3, 20, "2ms", "two bins"),
  world(12, 6, 15, "3ms", "twelve bins, six workers"),
}
for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args }
  local name, msg = judge(r, w, true)
  check("world " .. i .. " (" .. w.name .. ")" .. (name and (": " .. name) or ""), name == nil, msg)
end

local small = { world(3, 3, 6, "1ms", "small"), world(4, 2, 10, "2ms", "two workers") }
for i, w in ipairs(small) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 50, mode = mode, seed = 13 * i, args = w.args,
      check = function(r)
        local name, msg = judge(r, w)
        if name then return false, msg end
        return true
      end }
    check("explored " .. w.name .. " (" .. mode .. ")", all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } .. (all.first_failure or ""))
  end
end

return pass(say{
  en = "Each move and each audit is one critical section: every audit sees the real total and every bin ends exact.",
  zh = "每次搬运和每次审计都是一个完整的临界区：每次审计都看到真实的总数，每个库位的最终库存都准确。" })
