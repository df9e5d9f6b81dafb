-- Grader: no panic, all nine lines, nothing left behind.
local function check(r)
  if r.status == "panic" then
    local p = r.panic or ""
    if p:find("send on closed", 1, true) then
      return false, "panic: send on closed channel — `lines` was closed while other readers still had lines to send. Who knows that every reader is done?"
    elseif p:find("close of closed", 1, true) then
      return false, "panic: close of closed channel — more than one goroutine closes `lines`. A channel has one owner of its close."
    end
    return false, "the program panics: " .. p
  end
  if r.status ~= "exit" then return false, "main should return normally, got " .. r.status .. "\n" .. r.stderr end
  if not r.stdout:find("shipped 9 lines", 1, true) then
    return false, "expected `shipped 9 lines`, got `" .. r.stdout:gsub("\n$", "") .. "`"
  end
  if #r.leaked > 0 then return false, lab.explain(r.leaked) end
  return true
end
for _, seed in ipairs{1, 2, 3, 4} do
  local ok, why = check(lab.run{ seed = seed })
  expect(ok, why and ("seed " .. seed .. ": " .. why))
end
local all = lab.explore{ runs = 15, check = check }
expect(all.failed == 0, all.first_failure)
return pass("One owner closes `lines`, after every reader has finished.")
