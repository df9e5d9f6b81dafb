-- Challenge: Wait returns before a job added from another goroutine is done.
local r = lab.run{ schedule = lab.schedule or "v2-1-", race = false }
lab.check("the program ends", r.status == "exit", lab.explain(r))
local m = r.stdout:find("main: every job is done", 1, true)
local late = r.stdout:find("late job done", 1, true)
lab.check("main is done too early", m ~= nil and (late == nil or m < late), lab.say{
  en = "main said every job is done after the late job finished: the late Add came before the counter reached zero. Let the first job finish before the helper adds the late one.",
  zh = "main 在较晚的任务完成之后才宣布所有任务完成：较晚的 Add 在计数器归零之前发生了。让第一个任务在辅助 goroutine 添加较晚任务之前完成。" })
return pass(lab.say{
  en = "The counter reached zero before the late Add: main's Wait returned while a job was still to come.",
  zh = "计数器在较晚的 Add 之前就归零了：main 的 Wait 返回时还有任务没来。" })
