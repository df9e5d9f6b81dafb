-- Challenge: quit while a job is queued. Any schedule whose run handles fewer than 3 jobs passes.
local r = lab.run{ schedule = lab.schedule or "v2-1-", race = false }
lab.check("the program ends", r.status == "exit", lab.explain(r))
local n = tonumber(r.stdout:match("jobs handled: (%d+)"))
lab.check("a queued job is dropped", n ~= nil and n < 3, lab.say{
  en = "the worker handled " .. tostring(n) .. " of 3 jobs: every job was taken before quit. Make its select see a job and quit ready at once, and take quit.",
  zh = "worker 处理了 3 个任务中的 " .. tostring(n) .. " 个：每个任务都在 quit 之前被取走。让它的 select 同时看到任务和 quit 都就绪，并选 quit。" })
return pass(lab.say{
  en = "The select saw a job and quit ready at once and took quit: a queued job was dropped.",
  zh = "select 同时看到任务和 quit 都就绪，选了 quit：一个排队的任务被丢掉了。" })
