#!/bin/sh
# tests/cli/reset_kill.sh: a `gorolab reset` killed at any moment leaves the
# learner's main.go in place (issue 12, item 17): 60 resets are killed with
# SIGKILL after a varying delay; main.go must exist after each, holding
# either the learner's text or the starter, never missing or empty.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/reset_kill.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK
echo "1..2"
p=$work/pack
mkdir -p "$p/scenarios/a"
printf 'id: demo\nlessons: [01-a.yaml]\n' > "$p/pack.yaml"
cat > "$p/01-a.yaml" <<'Y'
id: first
title: First lesson
level: 1
story: A story.
goal: A goal.
scenario:
  files: [a/main.go]
  edit: [a/main.go]
grader: a.lua
hints: [A hint.]
Y
{ printf 'package main\n\nfunc main() {}\n'; awk 'BEGIN { for (i = 0; i < 20000; i++) printf "// starter padding line %d\n", i }'; } > "$p/scenarios/a/main.go"
printf 'return pass("ok")\n' > "$p/a.lua"
"$GOROLAB" reset 1 --pack "$p" >/dev/null 2>&1
copy=$XDG_DATA_HOME/gorolab/demo/first/main.go
test -f "$copy" && echo "ok 1 - the first reset makes the copy" || echo "not ok 1 - the first reset makes the copy"
missing=0
i=0
while test $i -lt 60; do
    printf 'package main // learner %d\n' $i > "$copy"
    "$GOROLAB" reset 1 --pack "$p" >/dev/null 2>&1 &
    pid=$!
    sleep "0.0$((i % 10))"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    if ! test -s "$copy"; then missing=$((missing + 1)); fi
    i=$((i + 1))
done
if test $missing = 0; then echo "ok 2 - main.go survived 60 killed resets"
else echo "not ok 2 - main.go missing or empty after $missing of 60 killed resets"; fi
