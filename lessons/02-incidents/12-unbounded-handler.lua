-- Grader: in every world each upload is answered truthfully ("R rows
-- imported" only when every row went through the API; otherwise the request's
-- error, no earlier than its deadline and promptly after it); an upload that
-- fits easily in its deadline is imported; an upload's goroutines are few at
-- a time (at most about twice what the API serves); no API work is done for an
-- upload after it was answered; nothing is left running when main returns; no
-- race. Several worlds (other uploads, deadlines, API widths and speeds), and
-- explored schedules (random and PCT, with the timing adversary).
local say = lab.say
local check = lab.check

local MS = 1000000
-- world.go reads -uploads=R,R,... -deadline= -conns= -call=
local worlds = {
  { id = "story", uploads = "40,60,1000", deadline = 500, conns = 8, call = 10 },
  -- a big upload that fits in a long deadline, on a wider, slower API
  { id = "big-fits", uploads = "400,30", deadline = 1500, conns = 16, call = 20 },
  -- a narrow API and short deadlines: a small upload right after a timed-out one
  { id = "narrow", uploads = "200,5,100,3", deadline = 100, conns = 4, call = 25 },
}
-- The explored worlds: the same stories in a few rows (explore runs each one
-- on many schedules): uploads that fit and uploads whose deadline passes
-- mid-way, one after another, on a narrow API.
local explored = {
  { id = "story", uploads = "3,2,8", deadline = 30, conns = 2, call = 10 },
  { id = "big-fits", uploads = "8,3", deadline = 120, conns = 3, call = 20 },
  { id = "narrow", uploads = "4,1,4,1", deadline = 15, conns = 2, call = 10 },
}
local function setup(w)
  w.args = { "-uploads=" .. w.uploads, "-deadline=" .. w.deadline .. "ms",
             "-conns=" .. w.conns, "-call=" .. w.call .. "ms" }
  w.rows = {}
  for n in w.uploads:gmatch("%d+") do w.rows[#w.rows + 1] = tonumber(n) end
  -- goroutines one upload may have alive at once
  w.bound = 2 * math.max(w.conns, 8) + 2
end
for _, w in ipairs(worlds) do setup(w) end
for _, w in ipairs(explored) do setup(w) end

local function where(w)
  return say{
    en = string.format(" (world `%s`: uploads %s, deadline %dms, API %d calls at a time, %dms each)",
                       w.id, w.uploads, w.deadline, w.conns, w.call),
    zh = string.format("（世界 `%s`：上传 %s 行，截止时间 %dms，API 同时处理 %d 个调用，每个 %dms）",
                       w.id, w.uploads, w.deadline, w.conns, w.call) }
end

-- Each request's stretch of events, from the previous output to its answer.
-- Output events are matched to stdout's lines from the end (one write per
-- line), since the oldest events may have been dropped; a request whose
-- stretch does not start inside the kept events is left out.
local function requests(r)
  local lines, outs = {}, {}
  for line in r.stdout:gmatch("[^\n]+") do lines[#lines + 1] = line end
  for i, e in ipairs(r.events) do
    if e.kind == "output" and e.a == 1 then outs[#outs + 1] = i end
  end
  local truncated = r.events_total > #r.events
  local out = {}
  for j = #outs, 1, -1 do
    local line = lines[#lines - (#outs - j)]
    local n = line and tonumber(line:match("^import (%d+):"))
    if n then
      local from = outs[j - 1] or ((not truncated) and 1 or nil)
      if from then
        out[n] = { from = from, to = outs[j], t0 = (outs[j - 1] and r.events[from].t) or 0, t1 = r.events[outs[j]].t }
      end
    end
  end
  return out
end

local function judge(r, w, explored)
  if r.status == "compile_error" then
    return false, say{ en = "the program does not compile:\n", zh = "程序无法编译：\n" } .. r.stderr
  end
  if r.races and #r.races > 0 then
    return false, say{ en = "data race" .. where(w) .. ": ", zh = "数据竞争" .. where(w) .. "：" } .. lab.explain(r.races[1])
  end
  if r.status ~= "exit" then
    return false, say{ en = "main does not return normally" .. where(w) .. ": ",
                       zh = "main 没有正常返回" .. where(w) .. "：" } .. lab.explain(r)
  end
  if r.peak_goroutines > w.bound + 4 then
    return false, say{
      en = string.format("%d goroutines were alive at the peak%s: one per row, with no limit. " ..
                         "The API serves %d calls at a time; let only about that many rows run at once.",
                         r.peak_goroutines, where(w), w.conns),
      zh = string.format("峰值时有 %d 个 goroutine 同时存活%s：每行一个，没有上限。" ..
                         "API 每次只处理 %d 个调用；同时运行的行数应与之相当。",
                         r.peak_goroutines, where(w), w.conns) }
  end
  if #r.leaked > 0 then
    return false, say{
      en = string.format("%d goroutine(s) are still queueing for or calling the API after every request was answered%s: " ..
                         "the rows never learn that their request is over.\n", #r.leaked, where(w)),
      zh = string.format("所有请求都已答复后，仍有 %d 个 goroutine 在排队或调用 API%s：这些行始终不知道请求已经结束。\n",
                         #r.leaked, where(w)) } .. lab.explain(r.leaked)
  end
  local most_time = #w.rows * (w.deadline + 2 * w.call + 5)
  if not explored and r.virtual_time > most_time * MS then
    return false, say{
      en = string.format("the uploads took %dms in all%s; if each request stopped at its deadline they would take at most %dms. " ..
                         "Some request waited for its rows long after its deadline: pass the request's ctx down to Enrich.",
                         r.virtual_time // MS, where(w), most_time),
      zh = string.format("这些上传总共用了 %dms%s；如果每个请求都在截止时间停止，最多只需 %dms。" ..
                         "有请求在截止时间之后还在等它的行：把请求的 ctx 传给 Enrich。",
                         r.virtual_time // MS, where(w), most_time) }
  end
  local late = r.stdout:match("server: (%d+) API calls")
  if late then
    return false, say{
      en = late .. " API calls were made for uploads that had already been answered" .. where(w) ..
           ": a row must stop when its request's context is done, and handleImport must not answer before its rows have stopped.",
      zh = "有 " .. late .. " 个 API 调用是在上传已经答复之后才发出的" .. where(w) ..
           "：请求的 context 结束时行就要停止，handleImport 也不能在行停止之前就答复。" }
  end
  local answers = {}
  for line in r.stdout:gmatch("[^\n]+") do
    local i, a = line:match("^import (%d+): (.*)$")
    if i then answers[tonumber(i)] = a end
  end
  for i, rows in ipairs(w.rows) do
    local a = answers[i]
    if not a then
      return false, say{ en = "upload " .. i .. " got no answer" .. where(w) .. ":\n" .. r.stdout,
                         zh = "上传 " .. i .. " 没有得到答复" .. where(w) .. "：\n" .. r.stdout }
    end
    local n = a:match("^(%d+) rows imported$")
    if n and tonumber(n) ~= rows then
      return false, say{ en = string.format("upload %d has %d rows, but the answer is `%s`%s.", i, rows, a, where(w)),
                         zh = string.format("上传 %d 有 %d 行，答复却是 `%s`%s。", i, rows, a, where(w)) }
    end
  end
  if not r.stdout:find("server idle", 1, true) then
    return false, say{ en = "the server never got idle" .. where(w) .. ":\n" .. r.stdout,
                       zh = "服务器始终没有空闲下来" .. where(w) .. "：\n" .. r.stdout }
  end
  local reqs = requests(r)
  for i, rows in ipairs(w.rows) do
    local q, a = reqs[i], answers[i]
    if q then
    -- the goroutines this request started, and the API work they did
    -- Enrich's first select chose a connection (case 0), its second one the
    -- finished call (case 0) rather than ctx.Done()
    -- and, on the plain runs, API work past the deadline: a connection taken
    -- or a call run to its end more than 1ms after it (with the request's ctx
    -- passed down, Enrich gives up at the deadline)
    local mine, alive, most, finished, calling, overdue = {}, 0, 0, 0, {}, nil
    local due = q.t0 + w.deadline * MS + MS
    for k = q.from, q.to do
      local e = r.events[k]
      if e.kind == "go create" and e.a ~= 1 then mine[e.a] = true; alive = alive + 1; if alive > most then most = alive end
      elseif e.kind == "go end" and mine[e.g] then alive = alive - 1
      elseif e.kind == "select" and e.func == "main.Enrich" and (mine[e.g] or e.g == 1) then
        if e.a == 0 and e.t > due and not overdue then overdue = e.t - due + MS end
        if not calling[e.g] then calling[e.g] = (e.a == 0)
        else
          if e.a == 0 then finished = finished + 1 end
          calling[e.g] = false
        end
      end
    end
    if overdue and not explored then
      return false, say{
        en = string.format("upload %d's rows were still using the API %dms after its %dms deadline%s: " ..
                           "checking ctx before a row starts is not enough; pass the request's ctx to Enrich, so a row waiting for a connection or in a call stops at the deadline.",
                           i, overdue // MS, w.deadline, where(w)),
        zh = string.format("上传 %d 的 %dms 截止时间过去 %dms 后，它的行还在使用 API%s：" ..
                           "只在行开始前检查 ctx 不够；把请求的 ctx 传给 Enrich，这样等待连接或正在调用的行会在截止时间停下。",
                           i, w.deadline, overdue // MS, where(w)) }
    end
    if most > w.bound then
      return false, say{
        en = string.format("upload %d (%d rows) had %d goroutines alive at once%s: the API serves %d calls at a time; " ..
                           "let only about that many rows run at once.", i, rows, most, where(w), w.conns),
        zh = string.format("上传 %d（%d 行）同时有 %d 个 goroutine 存活%s：API 每次只处理 %d 个调用；" ..
                           "同时运行的行数应与之相当。", i, rows, most, where(w), w.conns) }
    end
    for k = q.to + 1, #r.events do
      local e = r.events[k]
      if mine[e.g] and e.func == "main.Enrich" and (e.kind == "select" or e.kind == "chan send" or e.kind == "chan recv") then
        return false, say{
          en = string.format("upload %d was answered while its rows were still using the API%s: " ..
                             "wait for every row to stop (g.Wait, wg.Wait) before handleImport returns.", i, where(w)),
          zh = string.format("上传 %d 已经答复，它的行却还在使用 API%s：handleImport 返回之前，" ..
                             "要等每一行都停下来（g.Wait、wg.Wait）。", i, where(w)) }
      end
    end
    local took = (q.t1 - q.t0) // MS
    if answers[i]:match("rows imported$") then
      if finished < rows then
        return false, say{
          en = string.format("upload %d answers `%s`, but only %d of its rows went through the API%s: " ..
                             "say it was imported only once every row was enriched.", i, a, finished, where(w)),
          zh = string.format("上传 %d 答复 `%s`，但只有 %d 行经过了 API%s：只有每一行都完成后才能说导入成功。",
                             i, a, finished, where(w)) }
      end
    else
      -- under the timing adversary time may jump to the deadline while rows
      -- wait for a CPU: the two timing checks hold for the plain runs
      local need = -((-rows) // w.conns) * w.call
      if not explored and need * 5 <= w.deadline * 2 then
        return false, say{
          en = string.format("upload %d (%d rows) answers `%s` after %dms%s, but at the API's pace it needs about %dms: " ..
                             "it should be imported. Are the rows run side by side, and not held up by an earlier upload's work?",
                             i, rows, a, took, where(w), need),
          zh = string.format("上传 %d（%d 行）在 %dms 后答复 `%s`%s，而按 API 的速度只需约 %dms：应当导入成功。" ..
                             "这些行是并行运行的吗？有没有被前一个上传遗留的工作拖住？",
                             i, rows, took, a, where(w), need) }
      end
      if took < w.deadline then
        return false, say{
          en = string.format("upload %d answers `%s` after only %dms%s, before its %dms deadline: try the rows, and give up only when the request's context is done.",
                             i, a, took, where(w), w.deadline),
          zh = string.format("上传 %d 仅 %dms 就答复 `%s`%s，早于 %dms 的截止时间：先去处理这些行，只有在请求的 context 结束时才放弃。",
                             i, took, a, where(w), w.deadline) }
      end
      if not explored and took > w.deadline + 2 * w.call + 5 then
        return false, say{
          en = string.format("upload %d was answered %dms after it arrived%s, long after its %dms deadline: " ..
                             "pass the request's ctx to Enrich so the rows stop when it is done.", i, took, where(w), w.deadline),
          zh = string.format("上传 %d 在到达 %dms 后才答复%s，远超 %dms 的截止时间：把请求的 ctx 传给 Enrich，" ..
                             "让这些行在它结束时停止。", i, took, where(w), w.deadline) }
      end
    end
    end
  end
  return true
end

for _, w in ipairs(worlds) do
  local r = lab.run{ seed = 1, race = true, args = w.args }
  local ok, why = judge(r, w)
  check("world " .. w.id, ok, why)
end
for _, w in ipairs(explored) do
  for _, mode in ipairs{ "random", "pct" } do
    local all = lab.explore{ runs = 40, mode = mode, seed = 5, race = true, args = w.args,
                             check = function(r) return judge(r, w, true) end }
    check("explore " .. mode .. " " .. w.id, all.failed == 0,
      say{ en = "on another schedule it fails: ", zh = "换一种调度就失败了：" } ..
      (all.first_failure or ""))
  end
end
return pass(say{
  en = "Bounded and bound to the request: a few rows at a time, and the deadline stops the rest before the answer — in every world tried.",
  zh = "有上限、并与请求绑定：每次只运行几行，截止时间一到，其余的在答复之前就停止——尝试的每个世界都如此。" })
