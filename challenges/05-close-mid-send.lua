-- Challenge: send on a closed channel. Any schedule whose run panics so passes.
local r = lab.run{ schedule = lab.schedule or "v2-1-", race = false }
lab.check("a send on the closed channel", r.status == "panic" and r.panic == "send on closed channel", lab.say{
  en = "the program ended with status " .. r.status .. (r.panic and (" (" .. r.panic .. ")") or "") ..
       ": the closer closed `results` only after every send. Run it while a worker has said Done but not yet sent.",
  zh = "程序以状态 " .. r.status .. (r.panic and (" (" .. r.panic .. ")") or "") ..
       " 结束：关闭者在所有发送之后才关闭 `results`。在某个 worker 已经 Done 但还没发送时运行关闭者。" })
return pass(lab.say{
  en = "The closer trusted wg.Done() and closed `results` while a worker still had a result to send: panic.",
  zh = "关闭者相信了 wg.Done()，在某个 worker 还有结果要发送时关闭了 `results`：panic。" })
