#!/bin/sh
# tests/cli/special_files.sh: a FIFO, a directory or an empty name where a
# grader, a starter or the learner's copy should be never blocks check,
# grade or list, and always says what is wrong (issue 12, item 11); nor do
# run and explore given a FIFO as a source or schedule file.
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/special_files.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK
echo "1..13"
t=0
check() {   # check NAME COND-EXIT-STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
# run CMD...: $out and $st, killed after 10 s (status 124: it blocked)
run() { out=$(timeout 10 "$@" 2>&1); st=$?; }
mkpack() {   # mkpack DIR GRADER
    mkdir -p "$1/scenarios/a"
    printf 'id: demo\nlessons: [01-a.yaml]\n' > "$1/pack.yaml"
    cat > "$1/01-a.yaml" <<Y
id: first
title: First lesson
level: 1
story: A story.
goal: A goal.
scenario:
  files: [a/main.go]
  edit: [a/main.go]
grader: $2
hints: [A hint.]
Y
    printf 'package main\n\nfunc main() {}\n' > "$1/scenarios/a/main.go"
}
g=$srcdir/tests/grade
mkfifo "$work/fifo.lua"
run "$GOROLAB" grade --grader "$work/fifo.lua" "$g/ok.go"
check "grade --grader FIFO: no block, a message" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q 'cannot read the grader .*fifo.lua: not a regular file' && echo 0 || echo 1) "$st: $out"
mkdir "$work/dir.lua"
run "$GOROLAB" grade --grader "$work/dir.lua" "$g/ok.go"
check "grade --grader DIR: a message" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q 'dir.lua: a directory, not a file' && echo 0 || echo 1) "$st: $out"
p=$work/p1
mkpack "$p" a.lua
mkfifo "$p/a.lua"
run "$GOROLAB" check "$p"
check "check: a FIFO grader is a lesson problem with its position" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q '01-a.yaml:9:9: grader file "a.lua" is not a regular file' && echo 0 || echo 1) "$st: $out"
p=$work/p2
mkpack "$p" "''"
run "$GOROLAB" list -v "$p"
check "an empty grader name is an error" \
    $(printf '%s\n' "$out" | grep -q '01-a.yaml:9:9: grader must not be empty' && echo 0 || echo 1) "$st: $out"
p=$work/p3
mkpack "$p" sub
mkdir "$p/sub"
run "$GOROLAB" list -v "$p"
check "a directory as grader is an error" \
    $(printf '%s\n' "$out" | grep -q '01-a.yaml:9:9: grader file "sub" is a directory, not a file' && echo 0 || echo 1) "$st: $out"
p=$work/p4
mkpack "$p" a.lua
printf 'return pass("ok")\n' > "$p/a.lua"
rm "$p/scenarios/a/main.go"
mkfifo "$p/scenarios/a/main.go"
run "$GOROLAB" check "$p"
check "check: a FIFO starter is a lesson problem with its position" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q '01-a.yaml:7:11: scenario file "a/main.go" is not a regular file' && echo 0 || echo 1) "$st: $out"
run "$GOROLAB" grade 1 --pack "$p"
check "grade: the same, without blocking" $(test $st = 1 && echo 0 || echo 1) "$st: $out"
# the learner's copy replaced by a FIFO
p=$work/p5
mkpack "$p" a.lua
printf 'return pass("ok")\n' > "$p/a.lua"
run "$GOROLAB" grade 1 --pack "$p"
copy=$XDG_DATA_HOME/gorolab/demo/first/main.go
rm -f "$copy"
mkfifo "$copy"
run "$GOROLAB" grade 1 --pack "$p"
check "grade: a FIFO as the learner's copy does not block" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q 'main.go: not a regular file' && echo 0 || echo 1) "$st: $out"
run "$GOROLAB" grade --grader "" "$g/ok.go"
check "grade --grader '': a message" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q 'cannot read the grader "": No such file' && echo 0 || echo 1) "$st: $out"
# run and explore: a FIFO or a directory as the program, or as --schedule @FILE
mkfifo "$work/prog.go"
run "$GOROLAB" run "$work/prog.go"
check "run: a FIFO source does not block" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q "cannot read .*prog.go: not a regular file" && echo 0 || echo 1) "$st: $out"
run "$GOROLAB" explore "$work/prog.go"
check "explore: a FIFO source does not block" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q "cannot read .*prog.go: not a regular file" && echo 0 || echo 1) "$st: $out"
run "$GOROLAB" run --schedule "@$work/fifo.lua" "$g/ok.go"
check "run --schedule @FIFO does not block" \
    $(test $st = 64 && printf '%s\n' "$out" | grep -q "cannot read the schedule file .*fifo.lua: not a regular file" && echo 0 || echo 1) "$st: $out"
mkdir "$work/dir.go"
run "$GOROLAB" run "$work/dir.go"
check "run: a directory named .go says so" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q "cannot read .*dir.go: a directory, not a file" && echo 0 || echo 1) "$st: $out"
