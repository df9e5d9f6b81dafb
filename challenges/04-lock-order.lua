-- Challenge: a lock-ordering deadlock. Any schedule whose run deadlocks passes.
local r = lab.run{ schedule = lab.schedule or "v2-1-", race = false }
lab.check("the bank deadlocks", r.status == "deadlock", lab.say{
  en = "the program ended with status " .. r.status .. ": both transfers went through. Each transfer must hold one lock while it waits for the other.",
  zh = "程序以状态 " .. r.status .. " 结束：两笔转账都完成了。每笔转账都要持有一把锁，同时等待另一把。" })
return pass(lab.say{
  en = "Each transfer holds one account's lock and waits for the other's: a deadlock.",
  zh = "每笔转账持有一个账户的锁并等待另一个：死锁。" })
