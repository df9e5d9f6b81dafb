#!/bin/sh
# tests/cli/grade.sh: `gorolab grade` (exit 0 pass, 1 fail, 64 usage; the four
# formats; a lesson's workspace copy and files given) and `gorolab check` on
# the bundled pack, with XDG_* in $TMPDIR (the real home is never touched).
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/grade.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK
echo "1..17"
t=0
check() {   # check NAME COND-EXIT-STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
g=$srcdir/tests/grade
cat > "$work/leak.lua" <<'L'
local r = lab.run{}
expect(#r.leaked == 0, lab.explain(r.leaked))
local all = lab.explore{ runs = 20 }
expect(all.failed == 0, all.first_failure)
return pass("No goroutine outlives main.")
L
out=$("$GOROLAB" grade --grader "$work/leak.lua" "$g/ok.go" 2>&1); st=$?
check "a correct program passes (exit 0)" $(test $st = 0 && echo 0 || echo 1) "$st: $out"
check "text: PASS line" $(test "$out" = "PASS  leak.lua: No goroutine outlives main." && echo 0 || echo 1) "$out"
out=$("$GOROLAB" grade --grader "$work/leak.lua" "$g/leak.go" 2>&1); st=$?
check "a leak fails (exit 1)" $(test $st = 1 && echo 0 || echo 1) "$st: $out"
check "text: FAIL and the explanation" $(printf '%s\n' "$out" | grep -q 'after main returned' && echo 0 || echo 1) "$out"
out=$("$GOROLAB" grade --grader "$work/leak.lua" "$g/leak.go" --format tap 2>&1)
check "tap: version and plan" $(printf '%s\n' "$out" | head -2 | tr '\n' ' ' | grep -q '^TAP version 14 1\.\.[0-9]' && echo 0 || echo 1) "$out"
out=$("$GOROLAB" grade --grader "$work/leak.lua" "$g/leak.go" --format json 2>&1)
check "json: exercism v3 + classroom" $(printf '%s\n' "$out" | grep -q '^{"version":3,"status":"fail","message":null,"score":[0-9]*,"max_score":[1-9]' && echo 0 || echo 1) "$out"
out=$("$GOROLAB" grade --grader "$work/leak.lua" "$g/leak.go" --format=junit 2>&1)
check "junit: testsuites" $(printf '%s\n' "$out" | grep -q '<testsuites tests=' && echo 0 || echo 1) "$out"
printf 'while true do end\n' > "$work/spin.lua"
out=$("$GOROLAB" grade --grader "$work/spin.lua" "$g/ok.go" 2>&1); st=$?
check "a runaway grader fails with its file and line" $(test $st = 1 && printf '%s\n' "$out" | grep -q 'grader spin.lua:1: instruction budget exhausted (50000000)' && echo 0 || echo 1) "$st: $out"
"$GOROLAB" grade --format xml --grader "$work/spin.lua" "$g/ok.go" >/dev/null 2>&1; st=$?
check "a bad format is a usage error (64)" $(test $st = 64 && echo 0 || echo 1) "$st"
"$GOROLAB" grade >/dev/null 2>&1; st=$?
check "no lesson is a usage error (64)" $(test $st = 64 && echo 0 || echo 1) "$st"
out=$("$GOROLAB" grade unclosed-chanel --pack "$srcdir/lessons/01-basics" 2>&1); st=$?
check "an unknown lesson is a usage error (64) with a did-you-mean" $(test $st = 64 && printf '%s\n' "$out" | grep -q 'did you mean unclosed-channel?' && echo 0 || echo 1) "$st: $out"
pack=$srcdir/lessons/01-basics
if test -f "$pack/pack.yaml" && test -f "$pack/scenarios/01-unclosed-channel/solution.go"; then
    out=$("$GOROLAB" grade 1 --pack "$pack" 2>&1); st=$?
    check "the starter in the workspace fails" $(test $st = 1 && echo 0 || echo 1) "$st: $out"
    check "the workspace copy was made" $(ls "$XDG_DATA_HOME"/gorolab/*/*/main.go >/dev/null 2>&1 && echo 0 || echo 1) "$(find "$work" -type f)"
    out=$("$GOROLAB" grade 1 --pack "$pack" "$pack/scenarios/01-unclosed-channel/solution.go" 2>&1); st=$?
    check "the solution given as a file passes" $(test $st = 0 && echo 0 || echo 1) "$st: $out"
    # (every lesson's fixtures are graded by tests/lessons/*.lesson; one here)
    out=$("$GOROLAB" check --pack "$srcdir/lessons/03-sync" 09-data-race 2>&1); st=$?
    check "check: a bundled lesson is valid, its fixtures too" $(test $st = 0 && printf '%s\n' "$out" | tail -1 | grep -q '1 lesson, 1 ok, 0 failed$' && echo 0 || echo 1) "$st: $out"
else
    for n in 12 13 14 15; do echo "ok $n # SKIP no bundled pack"; done
fi
# progress: a failed grade of the learner's copy records the attempt and the
# hint shown; a pass records the lesson as done
"$GOROLAB" grade 3 >/dev/null 2>&1
out=$("$GOROLAB" list 2>&1 | sed -n '/unbuffered-send/p')
check "a failed grade records started and the hint shown" $(printf '%s' "$out" | grep -q 'started (1 hint' && echo 0 || echo 1) "$out"
cp "$srcdir"/lessons/*/scenarios/03-*/solution.go "$XDG_DATA_HOME"/gorolab/gorolab-basics/unbuffered-send/main.go
"$GOROLAB" grade 3 >/dev/null 2>&1
out=$("$GOROLAB" list 2>&1 | sed -n '/unbuffered-send/p')
check "a pass records done" $(printf '%s' "$out" | grep -q 'done' && echo 0 || echo 1) "$out"
