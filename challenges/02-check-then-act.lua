-- Challenge: overbook. Any schedule whose run prints "seats left: -1" passes.
local r = lab.run{ schedule = lab.schedule or "v2-1-", race = false }
lab.check("the program ends", r.status == "exit", lab.explain(r))
local left = tonumber(r.stdout:match("seats left: (%-?%d+)"))
lab.check("the flight is overbooked", left == -1, lab.say{
  en = "seats left: " .. tostring(left) .. ": only one passenger got the seat. Both must pass the check before either takes the seat.",
  zh = "剩余座位：" .. tostring(left) .. "：只有一位乘客拿到座位。两人都要在任何一方占座之前通过检查。" })
return pass(lab.say{
  en = "Both passengers saw a free seat and both took it: check and act were two critical sections.",
  zh = "两位乘客都看到有空座，也都占了座：检查和行动是两个临界区。" })
