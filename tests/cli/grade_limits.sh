#!/bin/sh
# tests/cli/grade_limits.sh: nothing a grader or the learner's program does
# outlives the grading's wall clock (issue 12, security 3-5): a looping
# xpcall handler meets the instruction budget; a backtracking string.find
# (where Lua's count hook never fires) is ended by the watchdog; a program that spins under a huge step
# limit is ended by its own wall-clock limit. $GOROLAB_GRADE_TIME sets the
# grading's wall clock.
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/grade_limits.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK
echo "1..6"
t=0
check() {   # check NAME COND-EXIT-STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
g=$srcdir/tests/grade
# timed CMD...: runs CMD, sets $out, $st and $secs (whole seconds, rounded up)
timed() {
    s0=$(date +%s%N)
    out=$("$@" 2>&1); st=$?
    secs=$(( ($(date +%s%N) - s0 + 999999999) / 1000000000 ))
}
timed "$GOROLAB" grade --grader "$g/escape_xpcall_handler.lua" "$g/ok.go"
check "a looping xpcall handler does not escape the instruction budget" \
    $(test $st = 1 && test $secs -le 20 && printf '%s\n' "$out" | grep -q 'grader escape_xpcall_handler.lua:5: instruction budget exhausted' && echo 0 || echo 1) "$st in ${secs}s: $out"
GOROLAB_GRADE_TIME=1s
export GOROLAB_GRADE_TIME
timed "$GOROLAB" grade --grader "$g/escape_find_backtrack.lua" "$g/ok.go" --format json
check "a backtracking string.find is ended by the watchdog (json report)" \
    $(test $st = 1 && test $secs -le 8 && printf '%s\n' "$out" | grep -q '"status":"error".*time limit exhausted' && echo 0 || echo 1) "$st in ${secs}s: $out"
printf 'package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n' > "$work/spin.go"
printf 'local r = lab.run{limits = {steps = 1000000000000}}\nreturn pass(r.status)\n' > "$work/run.lua"
timed "$GOROLAB" grade --grader "$work/run.lua" "$work/spin.go"
check "a program spinning under a huge step limit ends with the grading's clock" \
    $(test $secs -le 8 && printf '%s\n' "$out" | grep -q 'limit' && echo 0 || echo 1) "$st in ${secs}s: $out"
GOROLAB_GRADE_TIME=3s
cat > "$work/wall.lua" <<'L'
-- the run's own wall clock is what is left of the grader's
local r = lab.run{limits = {steps = 1000000000000}}
return pass(r.status .. " " .. tostring(r.fatal))
L
timed "$GOROLAB" grade --grader "$work/wall.lua" "$work/spin.go"
check "the run itself reports its wall-clock limit" \
    $(test $secs -le 10 && printf '%s\n' "$out" | grep -q 'wall-clock limit' && echo 0 || echo 1) "$st in ${secs}s: $out"
unset GOROLAB_GRADE_TIME
printf 'return pass("fine")\n' > "$work/fine.lua"
timed "$GOROLAB" grade --grader "$work/fine.lua" "$g/ok.go" --format json
check "an honest grader still passes through the watchdog" \
    $(test $st = 0 && printf '%s\n' "$out" | grep -q '"status":"pass"' && echo 0 || echo 1) "$st: $out"
printf 'expect(false, "nope")\n' > "$work/nope.lua"
timed "$GOROLAB" grade --grader "$work/nope.lua" "$g/ok.go" --format junit
check "a failure's checks come back from the grading child" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q 'expect at nope.lua:1' && echo 0 || echo 1) "$st: $out"
