-- Challenge: a double load. Any schedule whose run loads the config twice passes.
local r = lab.run{ schedule = lab.schedule or "v2-1-", race = false }
lab.check("the program ends", r.status == "exit", lab.explain(r))
local _, loads = r.stdout:gsub("loads the config", "")
lab.check("the config is loaded twice", loads == 2, lab.say{
  en = "the config was loaded " .. loads .. " time(s). Both handlers must see `cfg == nil` before either stores it.",
  zh = "配置加载了 " .. loads .. " 次。两个 handler 都要在任何一方保存 `cfg` 之前看到 `cfg == nil`。" })
return pass(lab.say{
  en = "Both handlers saw no config and both loaded it: the check outside the lock was stale.",
  zh = "两个 handler 都没看到配置，也都加载了它：锁外的检查已经过时。" })
