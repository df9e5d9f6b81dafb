#!/bin/sh
# tests/cli/pack_escape.sh: a pack cannot reach outside its box (issue 12,
# security 1-2): a pack id that is a path is refused; lessons, scenario files
# and graders that leave the pack folder (.., absolute, a symlink out) are
# refused with file:line:col; nothing is written outside $XDG_DATA_HOME/gorolab.
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/pack_escape.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work/home LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK
mkdir -p "$HOME"
echo "1..13"
t=0
check() {   # check NAME COND-EXIT-STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
# mkpack DIR ID: a one-lesson pack
mkpack() {
    mkdir -p "$1/scenarios/a"
    printf 'id: %s\nlessons: [01-a.yaml]\n' "$2" > "$1/pack.yaml"
    cat > "$1/01-a.yaml" <<'Y'
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
    printf 'package main\n\nfunc main() {}\n' > "$1/scenarios/a/main.go"
    printf 'return pass("ok")\n' > "$1/a.lua"
}

# 1. a pack id that is a path
p=$work/p1
mkpack "$p" '../../escape'
mkdir -p "$work/escape/first"
echo 'precious' > "$work/escape/first/main.go"
out=$("$GOROLAB" list -v "$p" 2>&1); st=$?
check "list: a pack id with .. is an error at pack.yaml:1:5" \
    $(test $st != 0 && printf '%s\n' "$out" | grep -q 'pack.yaml:1:5: pack id "../../escape" must use letters, digits, dashes, dots and underscores' && echo 0 || echo 1) "$st: $out"
out=$("$GOROLAB" reset 1 --pack "$p" 2>&1); st=$?
check "reset refuses the pack" $(test $st = 1 && echo 0 || echo 1) "$st: $out"
check "the file outside the data folder is untouched" \
    $(test "$(cat "$work/escape/first/main.go")" = precious && test "$(ls "$work/escape/first")" = main.go && echo 0 || echo 1) "$(ls -la "$work/escape/first")"
printf 'id: /abs/olute\nlessons: [01-a.yaml]\n' > "$p/pack.yaml"
out=$("$GOROLAB" check "$p" 2>&1); st=$?
check "check: an absolute pack id is refused with its position" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q 'pack.yaml:1:5: pack id "/abs/olute"' && echo 0 || echo 1) "$st: $out"

# 2. lessons: entries that leave the pack
p=$work/p2
mkpack "$p" demo
printf 'id: demo\nlessons:\n  - 01-a.yaml\n  - ../../etc/passwd\n  - /etc/hostname\n' > "$p/pack.yaml"
out=$("$GOROLAB" list -v "$p" 2>&1)
check "lessons: a .. entry is refused at its position" \
    $(printf '%s\n' "$out" | grep -q 'pack.yaml:4:5: lesson "../../etc/passwd" must be a relative path inside the pack' && echo 0 || echo 1) "$out"
check "lessons: an absolute entry is refused at its position" \
    $(printf '%s\n' "$out" | grep -q 'pack.yaml:5:5: lesson "/etc/hostname" must be a relative path inside the pack' && echo 0 || echo 1) "$out"
ln -s /etc/hostname "$p/02-b.yaml"
printf 'id: demo\nlessons: [01-a.yaml, 02-b.yaml]\n' > "$p/pack.yaml"
out=$("$GOROLAB" list -v "$p" 2>&1)
check "lessons: a symlink out of the pack is refused" \
    $(printf '%s\n' "$out" | grep -q 'pack.yaml:2:22: lesson "02-b.yaml" is a symbolic link out of the pack' && echo 0 || echo 1) "$out"

# 3. a starter that is a symlink out of the pack
p=$work/p3
mkpack "$p" demo
rm "$p/scenarios/a/main.go"
ln -s /etc/passwd "$p/scenarios/a/main.go"
out=$("$GOROLAB" check "$p" 2>&1); st=$?
check "check: a starter symlinked out of the pack is refused with file:line:col" \
    $(test $st = 1 && printf '%s\n' "$out" | grep -q '01-a.yaml:7:11: scenario file "a/main.go" is a symbolic link out of the pack' && echo 0 || echo 1) "$st: $out"
out=$("$GOROLAB" grade 1 --pack "$p" 2>&1); st=$?
check "grade refuses it too, and copies nothing" \
    $(test $st = 1 && ! grep -rq root: "$XDG_DATA_HOME" 2>/dev/null && echo 0 || echo 1) "$st: $out"
# a symlink inside the pack is fine
rm "$p/scenarios/a/main.go"
printf 'package main\n\nfunc main() {}\n' > "$p/scenarios/a/real.go"
ln -s real.go "$p/scenarios/a/main.go"
out=$("$GOROLAB" list -v "$p" 2>&1); st=$?
check "a symlink that stays inside the pack is fine" $(test $st = 0 && echo 0 || echo 1) "$st: $out"

# 4. a grader outside the pack
p=$work/p4
mkpack "$p" demo
rm "$p/a.lua"
printf 'return pass("outside")\n' > "$work/outside.lua"
ln -s "$work/outside.lua" "$p/a.lua"
out=$("$GOROLAB" list -v "$p" 2>&1)
check "a grader symlinked out of the pack is refused" \
    $(printf '%s\n' "$out" | grep -q '01-a.yaml:9:9: grader file "a.lua" is a symbolic link out of the pack' && echo 0 || echo 1) "$out"

# 5. nothing written outside the data folder by a default (folder-name) id
p="$work/my pack"
mkpack "$p" x
printf 'lessons: [01-a.yaml]\n' > "$p/pack.yaml"
"$GOROLAB" reset 1 --pack "$p" >/dev/null 2>&1
check "a folder-name id with a space stays inside the data folder" \
    $(test -f "$XDG_DATA_HOME/gorolab/my pack/first/main.go" && echo 0 || echo 1) "$(find "$work/data")"

# 6. a pack folder called "packs" does not write among the installed packs
p="$work/packs"
mkpack "$p" x
printf 'lessons: [01-a.yaml]\n' > "$p/pack.yaml"
"$GOROLAB" reset 1 --pack "$p" >/dev/null 2>&1
check "a pack folder named packs keeps out of the installed packs' folder" \
    $(test -f "$XDG_DATA_HOME/gorolab/%70acks/first/main.go" && ! test -e "$XDG_DATA_HOME/gorolab/packs/first" && echo 0 || echo 1) "$(find "$work/data")"
