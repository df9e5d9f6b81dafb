#!/bin/sh
# tests/cli/challenges.sh: the bundled challenge pack (challenges/, lessons
# with mode: schedule): `gorolab check` grades each challenge's calm
# schedule (it must fail), its solution schedule (it must pass) and every
# challenges/tests/SLUG/wrong-*.sched (fail) and right-*.sched (pass);
# `gorolab grade CHALLENGE` grades the schedule saved in the workspace (the
# calm one before any), or --schedule STRING|@FILE; a malformed schedule is a
# usage error; a schedule lesson YAML with an editable file is refused.
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/challenges.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK GOROLAB_CHALLENGES
echo "1..10"
t=0
check() {   # check NAME COND-EXIT-STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
out=$("$GOROLAB" check "$srcdir/challenges" 2>&1); st=$?
n=$(printf '%s\n' "$out" | grep -c '^ok .*(calm schedule fails, solution passes, [4-9] wrong fail, [2-9] right pass)$')
check "check: 6 challenges or more, each with its fixtures" $(test $st = 0 && test "$n" -ge 6 && echo 0 || echo 1) "$st: $out"
out=$("$GOROLAB" grade lost-update 2>&1); st=$?
check "grade before any pick: the calm schedule fails" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q '^FAIL  lost-update' && echo 0 || echo 1) "$st: $out"
out=$("$GOROLAB" grade lost-update --schedule 'v2-1-1*2.2.3' 2>&1); st=$?
check "grade --schedule: a schedule reaching the goal passes" \
    $(test $st = 0 && printf '%s\n' "$out" | grep -q '^PASS  lost-update' && echo 0 || echo 1) "$st: $out"
out=$("$GOROLAB" grade lost-update --schedule 'v1-1-2.1*2.2*2.3' 2>&1); st=$?
check "grade --schedule: one that does not fails" $(test $st = 1 && echo 0 || echo 1) "$st: $out"
out=$("$GOROLAB" grade lost-update --schedule 'nonsense' 2>&1); st=$?
check "a malformed schedule is a usage error" \
    $(test $st = 64 && printf '%s\n' "$out" | grep -q 'v1- or v2-' && echo 0 || echo 1) "$st: $out"
dir=$(ls -d "$work"/data/gorolab/*/lost-update 2>/dev/null | head -1)
check "the workspace holds the challenge's folder" $(test -d "$dir" && echo 0 || echo 1) "$(ls -R "$work/data")"
printf 'v2-1-1*2.2.3\n' >"$dir/schedule"
out=$("$GOROLAB" grade lost-update 2>&1); st=$?
check "grade: the saved schedule passes" $(test $st = 0 && echo 0 || echo 1) "$st: $out"
printf 'v2-1-1*3.2*3.1*2.3.4*3.3\n' >"$work/s.sched"
out=$("$GOROLAB" grade close-mid-send --schedule "@$work/s.sched" --format tap 2>&1); st=$?
check "grade --schedule @FILE, TAP" $(test $st = 0 && printf '%s\n' "$out" | grep -q '^ok' && echo 0 || echo 1) "$st: $out"
mkdir -p "$work/p/scenarios/x"
cp "$srcdir/challenges/scenarios/01-lost-update/main.go" "$work/p/scenarios/x/main.go"
cat >"$work/p/x.yaml" <<'Y'
id: x
title: X
level: 1
mode: schedule
story: s
goal: g
scenario:
  files: [x/main.go]
  edit: [x/main.go]
  solution: [x/main.go]
grader: x.yaml
hints: [h]
Y
out=$("$GOROLAB" check "$work/p" 2>&1); st=$?
check "mode: schedule with an editable file is refused" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q 'no editable file' && echo 0 || echo 1) "$st: $out"
out=$("$GOROLAB" list challenges 2>&1); st=$?
n=$(printf '%s\n' "$out" | grep -cE '^ *[0-9]+  [a-z-]+  ')
check "gorolab list challenges lists the bundled challenges" $(test $st = 0 && test "$n" -ge 7 && echo 0 || echo 1) "$st: $out"
