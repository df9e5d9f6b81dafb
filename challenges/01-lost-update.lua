-- Challenge: lose an update. Any schedule whose run prints "visits: 1" passes.
local r = lab.run{ schedule = lab.schedule or "v2-1-", race = false }
lab.check("the program ends", r.status == "exit", lab.explain(r))
local n = tonumber(r.stdout:match("visits: (%d+)"))
lab.check("an update is lost", n == 1, lab.say{
  en = "the count ends at " .. tostring(n) .. ": both writes counted. Let both visitors read `visits` before either writes it back.",
  zh = "计数最后是 " .. tostring(n) .. "：两次写入都算上了。让两位访客都在任何一方写回之前读取 `visits`。" })
return pass(lab.say{
  en = "Both visitors read 0 and both wrote 1: one update is lost.",
  zh = "两位访客都读到 0，又都写入 1：丢失了一次更新。" })
