-- expect: error: instruction budget exhausted (2000000)
-- pcall cannot swallow the budget: once spent, every instruction fails
while true do
  pcall(function() while true do end end)
end
return pass("never")
