-- Grader: in every world (other suppliers, prices, latencies, which ones are
-- down, other error texts and trace ids) and on every explored schedule, the
-- page shows the cheapest offer when every supplier answers, and otherwise a
-- failing supplier's error (on the plain runs: the first one to fail). When
-- a supplier fails, the other quotes are cancelled at once: fetchBest does
-- not wait for the slow ones. Every Quote gets the request's context (its
-- trace id), the quotes run at the same time, no race, no leak.
local say, check = lab.say, lab.check
local MS = 1000000

local function world(spec, err, trace)
  local n, first, fails, best = 0, nil, {}, nil
  local slowest = 0
  for name, price, lat in spec:gmatch("(%w+):(%w+):(%d+)ms") do
    n = n + 1
    lat = tonumber(lat) * MS
    if lat > slowest then slowest = lat end
    if price == "x" then
      fails[name] = true
      if not first or lat < first.lat then first = { name = name, lat = lat } end
    else
      price = tonumber(price)
      if not best or price < best.price then best = { name = name, price = price } end
    end
  end
  local args = { "-suppliers=" .. spec, "-error=" .. err, "-trace=" .. trace }
  local w = { args = args, n = n, fails = fails, first = first, err = err, slowest = slowest,
              desc = table.concat(args, " ") }
  if not first then w.want = string.format("best offer: %s at %d\n", best.name, best.price) end
  return w
end

local worlds = {
  { world("acme:120:40ms,bolt:95:25ms,cargo:x:30ms,dyna:80:400ms", "service unavailable", "req-7f3a"), "the story: cargo is down, dyna is slow" },
  { world("north:310:15ms,south:290:1500ms,east:305:5ms", "service unavailable", "req-0001"), "every supplier answers, one slowly" },
  { world("a1:50:10ms,b2:x:35ms,c3:x:80ms,d4:45:300ms,e5:60:20ms", "rate limited", "t-99"), "two suppliers down" },
  { world("p:10:5ms,q:11:6ms,r:12:7ms,s:x:120ms,t:13:8ms,u:14:900ms", "timeout talking to upstream", "zz"), "six suppliers, one fails late" },
}

local function overlap(r, fn)
  local open, now, most = {}, 0, 0
  for _, e in ipairs(r.events) do
    if e.kind == "go block" and e.func == fn then
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
    return "no data race", say{ en = lab.explain(r.races[1]) .. where, zh = lab.explain(r.races[1]) .. where }
  end
  if r.status == "compile_error" then
    return "compiles", say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.status ~= "exit" then
    return "main returns", say{ en = "main should return normally" .. where .. ": " .. lab.explain(r),
                                zh = "main 应当正常返回" .. where .. "：" .. lab.explain(r) }
  end
  if r.stdout:find("missing trace id", 1, true) then
    return "Quote gets the request's context", say{
      en = "a supplier refused a call without the request's trace id" .. where .. ":\n" .. r.stdout ..
           "Quote must get a context derived from Request(), not a new context.Background().",
      zh = "有供应商因为缺少请求的 trace id 而拒绝了调用" .. where .. "：\n" .. r.stdout ..
           "传给 Quote 的 context 必须派生自 Request()，而不是新建的 context.Background()。" }
  end
  local most = strict and w.n >= 2 and overlap(r, "main.Quote")
  if most and most < w.n then
    return "the quotes run at the same time", say{
      en = string.format("%d suppliers, but at most %d were asked at the same time%s: ask them all at once (no limit below the number of suppliers).", w.n, most, where),
      zh = string.format("共有 %d 个供应商，同时询价的却最多只有 %d 个%s：要同时向所有供应商询价（不要把并发限制得比供应商数还少）。", w.n, most, where) }
  end
  if w.want then
    if r.stdout ~= w.want then
      return "the best offer", say{
        en = "every supplier answers" .. where .. ", so the page should read `" .. w.want:sub(1, -2) .. "`; it read:\n" .. r.stdout,
        zh = "所有供应商都有报价" .. where .. "，页面应当显示 `" .. w.want:sub(1, -2) .. "`；实际是：\n" .. r.stdout }
    end
  else
    local name = r.stdout:match("^no offer: quote (%w+): " .. w.err:gsub("%p", "%%%0") .. "\n$")
    if not name or not w.fails[name] or (strict and name ~= w.first.name) then
      local want = "no offer: quote " .. w.first.name .. ": " .. w.err
      return "the first error", say{
        en = "supplier " .. w.first.name .. " is down" .. where .. ": the page should show its error, `" .. want .. "`; it read:\n" .. r.stdout ..
             "\nReturn the first supplier error itself, not the cancellation it caused in the others.",
        zh = "供应商 " .. w.first.name .. " 宕机了" .. where .. "：页面应当显示它的错误 `" .. want .. "`；实际是：\n" .. r.stdout ..
             "\n返回的应当是第一个供应商错误本身，而不是它在其他请求中引发的取消。" }
    end
    if strict and r.virtual_time > w.first.lat + 10 * MS then
      return "the other quotes are cancelled", say{
        en = string.format("%s failed at %d ms, but the page waited until %d ms%s: the other quotes went on after the request had already failed. Cancel them when the first one fails, and pass that context to every Quote.",
                           w.first.name, w.first.lat // MS, r.virtual_time // MS, where),
        zh = string.format("%s 在 %d ms 时失败，页面却等到了 %d ms%s：请求已经失败，其他报价请求还在继续。第一个失败时就取消其他请求，并把这个 context 传给每个 Quote。",
                           w.first.name, w.first.lat // MS, r.virtual_time // MS, where) }
    end
  end
  if #r.leaked > 0 then
    return "no goroutine left blocked", say{
      en = "goroutines are still blocked when main returns" .. where .. ": " .. lab.explain(r.leaked) ..
           "\nfetchBest should return only when every quote goroutine is done.",
      zh = "main 返回时仍有 goroutine 阻塞" .. where .. "：" .. lab.explain(r.leaked) ..
           "\nfetchBest 应当等所有报价 goroutine 都结束后再返回。" }
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
  en = "The quotes run in an errgroup tied to the request's context: the first failure cancels the rest, Wait returns that error once every goroutine is done, and every Quote carries the request's trace id.",
  zh = "报价请求在绑定了请求 context 的 errgroup 中运行：第一个失败会取消其余请求，Wait 在所有 goroutine 结束后返回这个错误，每个 Quote 都带着请求的 trace id。" })
