-- Grader (Go 1.21 semantics, as the lesson pins): in every world (other
-- shard counts and sizes, other latencies) and on every explored schedule,
-- each shard 0..n-1 is uploaded exactly once and reported with its size,
-- there is no data race, and the uploads run at the same time.
local say, check = lab.say, lab.check

local function world(sizes, latency)
  local n = #sizes
  local args = { "-sizes=" .. table.concat(sizes, ","), "-latency=" .. latency }
  return { args = args, n = n, sizes = sizes, desc = table.concat(args, " ") }
end

local worlds = {
  { world({ 120, 40, 300, 75 }, "10ms"), "the story's four shards" },
  { world({ 5, 900, 60, 60, 210, 33, 1 }, "3ms"), "seven shards, a fast store" },
  { world({ 500, 20 }, "50ms"), "two shards, a slow store" },
  { world({ 64 }, "1ms"), "one shard" },
}

local function overlap(r, fn)
  local open, now, most = {}, 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and e.func == fn then
      open[e.g], now = true, now + 1
      if now > most then most = now end
    elseif e.kind == "go unblock" and open[e.g] then
      open[e.g], now = nil, now - 1
    end
  end
  return most
end

local function judge(r, w, strict)
  local where = say{ en = " (world: " .. w.desc .. ")", zh = "（世界参数：" .. w.desc .. "）" }
  if #r.races > 0 then
    return "no data race", say{
      en = lab.explain(r.races[1]) .. where ..
           "\nUnder Go 1.21 a for loop has one variable for all its iterations: the goroutines read it while the loop increments it.",
      zh = lab.explain(r.races[1]) .. where ..
           "\n在 Go 1.21 下，整个 for 循环只有一个循环变量：goroutine 读它的同时，循环在给它加一。" }
  end
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status ~= "exit" then
    return "main returns", say{ en = "main should return normally" .. where .. ": " .. lab.explain(r),
                                zh = "main 应当正常返回" .. where .. "：" .. lab.explain(r) }
  end
  local seen = {}
  for id, mb in r.stdout:gmatch("uploaded shard (%-?%d+): (%-?%d+) MB") do
    id, mb = tonumber(id), tonumber(mb)
    if id < 0 or id >= w.n then
      return "every shard uploaded once", say{
        en = "shard " .. id .. " does not exist" .. where .. " (the shards are 0.." .. (w.n - 1) .. "), but the backup uploaded it:\n" .. r.stdout ..
             "\nWhich value of the loop variable did that goroutine see, and when?",
        zh = "分片 " .. id .. " 并不存在" .. where .. "（分片编号是 0.." .. (w.n - 1) .. "），备份却上传了它：\n" .. r.stdout ..
             "\n那个 goroutine 看到的是循环变量的哪个值？是在什么时候看到的？" }
    end
    if mb ~= w.sizes[id + 1] then
      return "every shard reported with its size", say{
        en = "shard " .. id .. " is " .. w.sizes[id + 1] .. " MB, the backup reported " .. mb .. " MB" .. where .. ":\n" .. r.stdout ..
             "\nThe goroutine uploaded one shard and printed another number: it read the loop variable twice, at different times.",
        zh = "分片 " .. id .. " 有 " .. w.sizes[id + 1] .. " MB，备份报告的是 " .. mb .. " MB" .. where .. "：\n" .. r.stdout ..
             "\n这个 goroutine 上传的是一个分片，打印的却是另一个编号：它在不同时刻读了两次循环变量。" }
    end
    seen[id] = (seen[id] or 0) + 1
  end
  for id = 0, w.n - 1 do
    if seen[id] ~= 1 then
      return "every shard uploaded once", say{
        en = "shard " .. id .. " was uploaded " .. (seen[id] or 0) .. " time(s)" .. where .. ", once is right:\n" .. r.stdout,
        zh = "分片 " .. id .. " 被上传了 " .. (seen[id] or 0) .. " 次" .. where .. "，应当正好一次：\n" .. r.stdout }
    end
  end
  if not r.stdout:find("backup done: " .. w.n .. " shards\n", 1, true) then
    return "the backup finishes", say{
      en = "expected `backup done: " .. w.n .. " shards` after the uploads" .. where .. ", got:\n" .. r.stdout,
      zh = "上传完成后应当输出 `backup done: " .. w.n .. " shards`" .. where .. "，实际输出：\n" .. r.stdout }
  end
  if #r.leaked > 0 then
    return "no goroutine left blocked", say{
      en = "goroutines are still blocked when main returns" .. where .. ": " .. lab.explain(r.leaked),
      zh = "main 返回时仍有 goroutine 阻塞" .. where .. "：" .. lab.explain(r.leaked) }
  end
  if strict and w.n >= 2 and overlap(r, "main.Upload") < 2 then
    return "the shards upload at the same time", say{
      en = "the shards were uploaded one after another" .. where .. ": keep one goroutine per shard, uploading at the same time.",
      zh = "分片是一个接一个上传的" .. where .. "：保持每个分片一个 goroutine，同时上传。" }
  end
  return nil
end

for i, entry in ipairs(worlds) do
  local w = entry[1]
  local r = lab.run{ seed = i, args = w.args }
  local name, msg = judge(r, w, true)
  check("world " .. i .. " (" .. entry[2] .. ")" .. (name and (": " .. name) or ""), name == nil, msg)
end

for i, entry in ipairs(worlds) do
  local w = entry[1]
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = (i == 1) and 50 or 25, mode = mode, seed = 10 * i, args = w.args,
      check = function(r)
        local name, msg = judge(r, w, false)
        if name then return false, msg end
        return true
      end }
    check("world " .. i .. " (" .. entry[2] .. "), explored (" .. mode .. ")", all.failed == 0, all.first_failure)
  end
end

return pass(say{
  en = "Each goroutine gets its own shard number, so every shard is uploaded once, with Go 1.21's shared loop variable as with Go 1.22's per-iteration one.",
  zh = "每个 goroutine 都拿到自己的分片编号，每个分片正好上传一次：无论是 Go 1.21 共享的循环变量，还是 Go 1.22 每次迭代一个的循环变量。" })
