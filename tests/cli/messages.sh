#!/bin/sh
# tests/cli/messages.sh: messages that used to mislead (issue 12, item 22):
# --go is parsed strictly; pack.yaml's own problems are shown by list and
# check; check and grade name a broken lesson's problems with file:line:col;
# run --max-wall bounds a run in wall-clock time.
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/messages.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK
echo "1..9"
t=0
check() {   # check NAME COND-EXIT-STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
ok_go=$srcdir/tests/grade/ok.go
out=$("$GOROLAB" run --go 1.4294967297 "$ok_go" 2>&1); st=$?
check "run --go 1.4294967297 is a usage error, not Go 1.1" $(test $st = 64 && echo 0 || echo 1) "$st: $out"
out=$("$GOROLAB" explore --go 1.22x "$ok_go" 2>&1); st=$?
check "explore --go 1.22x is a usage error" $(test $st = 64 && echo 0 || echo 1) "$st: $out"
out=$("$GOROLAB" run --go 1.22 "$ok_go" 2>&1); st=$?
check "run --go 1.22 still runs" $(test $st = 0 && echo 0 || echo 1) "$st: $out"
printf 'package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n' > "$work/spin.go"
out=$(timeout 20 "$GOROLAB" run --max-wall 300ms --max-steps 1000000000000 "$work/spin.go" 2>&1); st=$?
check "run --max-wall ends a spinning program with a limit" \
    $(test $st = 3 && printf '%s\n' "$out" | grep -q 'wall-clock limit of 300 ms exceeded (raise it with --max-wall)' && echo 0 || echo 1) "$st: $out"
p=$work/pack
mkdir -p "$p/scenarios/a"
cat > "$p/pack.yaml" <<'Y'
id: demo
titel: Demo
version: [1, 2]
lessons: [01-a.yaml]
id: again
Y
cat > "$p/01-a.yaml" <<'Y'
id: first
title: First lesson
level: 1
story: A story.
goal: A goal.
scenario:
  files: [a/main.go]
  edit: [a/main.go]
  solution: [a/main.go]
grader: a.lua
hints: [A hint.]
Y
printf 'package main\n\nfunc main() {}\n' > "$p/scenarios/a/main.go"
printf 'return pass("ok")\n' > "$p/a.lua"
out=$("$GOROLAB" list "$p" 2>&1)
printf '%s\n' "$out" | grep -q 'pack.yaml:2:1: unknown field "titel"' &&
    printf '%s\n' "$out" | grep -q 'pack.yaml:3:10: version must be a string' &&
    printf '%s\n' "$out" | grep -q 'pack.yaml:5:1: duplicate field "id" (first at line 1)'
check "list shows pack.yaml's unknown fields, wrong types and duplicates" $? "$out"
out=$("$GOROLAB" check "$p" 2>&1); st=$?
check "check fails on pack.yaml's problems, with their positions" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q 'the pack has problems' && printf '%s\n' "$out" | grep -q 'pack.yaml:2:1: unknown field "titel"' && echo 0 || echo 1) "$st: $out"
printf 'id: first\ntitle: First lesson\nlevle: 1\n' > "$p/01-a.yaml"
printf 'id: demo\nlessons: [01-a.yaml]\n' > "$p/pack.yaml"
out=$("$GOROLAB" check "$p" 2>&1); st=$?
check "check names a broken lesson's first problem with file:line:col" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q '^FAIL first: the lesson does not load' && printf '%s\n' "$out" | grep -q '01-a.yaml:1:1: missing required field "level"' && echo 0 || echo 1) "$st: $out"
printf '%s\n' "$out" | grep -q '01-a.yaml:3:1: unknown field "levle"'
check "and the others below it" $? "$out"
out=$("$GOROLAB" grade 1 --pack "$p" 2>&1); st=$?
check "grade names a broken lesson's problems with file:line:col" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q 'the lesson is broken: .*01-a.yaml:1:1: missing required field' && echo 0 || echo 1) "$st: $out"
