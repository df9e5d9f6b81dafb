-- Grader for lesson 28 (a mutex copied by value, a lock held across slow
-- work). The world (world.go) runs the clients of the quote service and the
-- slow exchange (FetchPrice). On several worlds, and on explored schedules
-- (random and PCT, timing adversary, race detector on), the grader checks:
--   * no race, no fatal error, nothing left blocked;
--   * every quote is the exchange's price, and Requests() counts every Get;
--   * from the events (the exchange's sleeps in main.FetchPrice): the cache
--     is used (no more fetches than each client fetching each symbol once),
--     and, on the plain runs, fetches of different symbols run at the same
--     time: no lock is held while the exchange answers.
local say, check = lab.say, lab.check

local function price(sym, base)
  local p = base
  for i = 1, #sym do p = p + (i * sym:byte(i)) % 97 end
  return p
end

local function world(symbols, clients, quotes, fetch, base, name)
  local list = {}
  for s in symbols:gmatch("[^,]+") do list[#list + 1] = s end
  local w = { name = name, clients = clients, lines = {}, used = {} }
  local distinct = 0
  for c = 0, clients - 1 do
    local line = "client " .. c .. ":"
    for i = 0, quotes - 1 do
      local sym = list[(c + i * 3) % #list + 1]
      if not w.used[sym] then w.used[sym] = true; distinct = distinct + 1 end
      line = line .. " " .. sym .. "=" .. price(sym, base)
    end
    w.lines[#w.lines + 1] = line
  end
  w.requests = clients * quotes
  w.want = table.concat(w.lines, "\n") .. "\n" .. w.requests .. " requests\n"
  w.max_fetches = math.min(w.requests, clients * distinct)
  w.overlap = clients >= 2 and #list >= 2
  -- client c starts with symbol c: the first quotes are min(clients, #list)
  -- different symbols asked at the same moment, all missing from the cache.
  w.first = math.min(clients, #list)
  w.args = { "-symbols=" .. symbols, "-clients=" .. clients, "-quotes=" .. quotes, "-fetch=" .. fetch, "-base=" .. base }
  w.desc = table.concat(w.args, " ")
  return w
end

local function where(w)
  return say{ en = " (world: " .. w.desc .. ")", zh = "（世界参数：" .. w.desc .. "）" }
end

-- The exchange's calls: each sleeps in main.FetchPrice; the most at once.
local function fetches(r)
  local open, n, now, most = {}, 0, 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.reason == "sleep" and e.func == "main.FetchPrice" then
      open[e.g] = true
      n, now = n + 1, now + 1
      if now > most then most = now end
    elseif (e.kind == "go unblock" or e.kind == "go end") and open[e.g] then
      open[e.g] = nil
      now = now - 1
    end
  end
  return n, most
end

local function judge(r, w, plain)
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  local fatal = r.fatal or ""
  if #r.races > 0 or fatal:find("concurrent map", 1, true) then
    local what = #r.races > 0 and lab.explain(r.races[1]) or ("fatal error: " .. fatal)
    return "no race", say{
      en = what .. where(w) ..
           "\nEvery access to the prices and the counter must hold the cache's one mutex. A value receiver (`func (c PriceCache)`) copies the whole cache on each call, its mutex too, so each call locks a copy nobody else holds: `go vet` reports this as \"passes lock by value\".",
      zh = what .. where(w) ..
           "\n对价格和计数器的每次访问都必须持有缓存唯一的那把互斥锁。值接收者（`func (c PriceCache)`）每次调用都会复制整个缓存，连同其中的互斥锁，于是每次调用锁的都是一份没人共享的副本：`go vet` 会报告 \"passes lock by value\"。" }
  end
  if r.status ~= "exit" then
    return "main returns", say{ en = "the program did not end normally" .. where(w) .. ": " .. lab.explain(r),
                                zh = "程序没有正常结束" .. where(w) .. "：" .. lab.explain(r) }
  end
  if #r.leaked > 0 then
    return "nothing left blocked", say{
      en = "goroutines are still running or blocked when main returns" .. where(w) .. ": " .. lab.explain(r.leaked),
      zh = "main 返回时还有 goroutine 在运行或阻塞" .. where(w) .. "：" .. lab.explain(r.leaked) }
  end
  if r.stdout ~= w.want then
    local i = 0
    for line in r.stdout:gmatch("client [^\n]*") do
      i = i + 1
      if line ~= w.lines[i] then
        return "right quotes", say{
          en = "expected `" .. tostring(w.lines[i]) .. "`, got `" .. line .. "`" .. where(w) ..
               ": each Get returns the exchange's price for the symbol.",
          zh = "应当是 `" .. tostring(w.lines[i]) .. "`，实际是 `" .. line .. "`" .. where(w) ..
               "：每次 Get 都应返回交易所给出的该代码的价格。" }
      end
    end
    local n = r.stdout:match("(%-?%d+) requests")
    return "every request counted", say{
      en = string.format("%d prices were asked for, Requests() says %s%s. Each Get must add one to the one counter, in one step under the cache's lock (or one atomic Add): a value receiver increments a copy of the cache, and a read then a write of the counter loses the increments made in between.",
                         w.requests, tostring(n), where(w)),
      zh = string.format("共请求了 %d 次价格，Requests() 却说 %s%s。每次 Get 都要给唯一的那个计数器加一，并且在缓存的锁内一步完成（或者一次原子 Add）：值接收者递增的是缓存的副本，而先读后写计数器会丢掉中间别人加的数。",
                         w.requests, tostring(n), where(w)) }
  end
  local n, most = fetches(r)
  if n > w.max_fetches then
    return "the cache is used", say{
      en = string.format("the exchange was asked %d times; with the cache, at most %d calls would do%s: keep the fetched prices and answer from them.",
                         n, w.max_fetches, where(w)),
      zh = string.format("交易所被调用了 %d 次；有缓存的话，最多 %d 次就够了%s：保存取到的价格，用它们来回答。",
                         n, w.max_fetches, where(w)) }
  end
  if plain and w.overlap and most < w.first then
    return "fetches at the same time", say{
      en = string.format("at the start %d clients asked for %d different symbols at the same moment, but the most fetches running at once was %d", w.first, w.first, most) .. where(w) ..
           ": Get holds the cache's lock (or a lock several symbols share) while FetchPrice sleeps, so the other clients wait, even for a cached price. Hold the lock only to read and write the map and the counter, never across the fetch.",
      zh = string.format("开始时 %d 个客户端同时请求了 %d 个不同的代码，同时进行的取价却最多只有 %d 个", w.first, w.first, most) .. where(w) ..
           "：Get 在 FetchPrice 睡眠期间一直持有缓存的锁（或几个代码共用的锁），于是其他客户端都得等，连已缓存的价格也一样。只在读写 map 和计数器时持锁，绝不要在取价期间持锁。" }
  end
  return nil
end

local worlds = {
  world("GOOG,AAPL,MSFT,AMZN", 4, 6, "80ms", 100, "the story"),
  world("BTC,ETH", 3, 5, "20ms", 1000, "two symbols"),
  world("A,BB,CCC,DDDD,EEEEE,FFFFFF", 6, 8, "150ms", 7, "six clients, six symbols"),
  world("S01,S02,S03,S04,S05,S06,S07,S08,S09,S10,S11,S12,S13,S14,S15,S16,S17,S18,S19,S20,S21,S22,S23,S24", 24, 2, "30ms", 10, "twenty-four clients and symbols"),
}
for i, w in ipairs(worlds) do
  local r = lab.run{ seed = i, args = w.args }
  local name, msg = judge(r, w, true)
  check("world " .. i .. " (" .. w.name .. ")" .. (name and (": " .. name) or ""), name == nil, msg)
end

local small = { world("X,YY,Z", 3, 4, "5ms", 50, "small"), world("Q,R", 2, 3, "9ms", 3, "two clients") }
for i, w in ipairs(small) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 40, mode = mode, seed = 11 * i, args = w.args,
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
  en = "One mutex, never copied, guards the prices and the counter, and nobody holds it while the exchange answers.",
  zh = "一把从不被复制的互斥锁保护价格和计数器，并且交易所作答期间没有人持有它。" })
