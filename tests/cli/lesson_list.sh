#!/bin/sh
# tests/cli/lesson_list.sh: `gorolab list` and `gorolab reset` on a small pack
# built in $TMPDIR, with XDG_* pointing there (the real home is never touched).
: "${GOROLAB:=./gorolab}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/lesson_list.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK
unset LANGUAGE LC_MESSAGES
echo "1..15"
t=0
check() {   # check NAME COND-EXIT-STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
p=$work/pack
mkdir -p "$p/scenarios/a"
cat > "$p/pack.yaml" <<'Y'
id: demo
title: Demo pack
lessons: [01-a.yaml, 02-b.yaml]
Y
cat > "$p/01-a.yaml" <<'Y'
id: first
title: First lesson
level: 2
tags: [leak, channel]
story: A story.
goal: A goal.
scenario:
  files: [a/main.go]
  edit: [a/main.go]
grader: a.lua
hints: [A hint.]
i18n:
  zh: {title: 第一课, story: 故事。, goal: 目标。, hints: [提示。]}
Y
printf 'id: second\ntitle: [broken\n' > "$p/02-b.yaml"
printf 'return pass("ok")\n' > "$p/a.lua"
printf 'package main\n\nfunc main() {}\n' > "$p/scenarios/a/main.go"

out=$("$GOROLAB" list "$p" 2>&1); st=$?
check "list exits 0 with a broken lesson" $st "$out"
printf '%s\n' "$out" | grep -q '^ 1  first  *First lesson  2  *new  *leak, channel$'
check "list shows id, title, level, progress, tags" $? "$out"
printf '%s\n' "$out" | grep -q "^ 2  02-b.yaml  BROKEN: .*02-b.yaml:3:1: did not find expected ',' or ']'"
check "a broken lesson shows its first diagnostic" $? "$out"
out=$("$GOROLAB" list --lang zh "$p" 2>&1)
printf '%s\n' "$out" | grep -q '第一课'
check "--lang zh" $? "$out"
out=$(LC_ALL= LANG=zh_CN.UTF-8 "$GOROLAB" list "$p" 2>&1)
printf '%s\n' "$out" | grep -q '第一课'
check "LANG=zh_CN" $? "$out"
# the columns line up: the level column starts at the same display column on
# every row, also with Chinese titles (two columns a character) and in Chinese
levelcol() {   # the display width of each row up to its level, one per line
    sed -n 's/^\( *[0-9][0-9]*  .*  \)[1-4]  .*/\1/p' | while IFS= read -r r; do
        printf '%s\n' "$r" | LC_ALL=C.UTF-8 wc -L; done | sort -u
}
out=$("$GOROLAB" list --lang en "$srcdir/lessons/01-basics" 2>&1)
test "$(printf '%s\n' "$out" | levelcol | wc -l)" = 1 && test "$(printf '%s\n' "$out" | grep -c '^ *[0-9]')" -ge 9
check "list's title column ends at one column on every row" $? "$out"
out=$("$GOROLAB" list --lang zh "$srcdir/lessons/01-basics" 2>&1)
test "$(printf '%s\n' "$out" | levelcol | wc -l)" = 1 && printf '%s\n' "$out" | grep -q '未关闭的 channel'
check "with Chinese titles too (display width, not bytes)" $? "$out"
hdr=$(printf '%s\n' "$out" | sed -n 2p)
printf '%s\n' "$hdr" | grep -q '标题.*难度.*进度.*标签'
check "--lang zh: the header and progress are Chinese" $? "$out"
"$GOROLAB" list "$work/nope" >/dev/null 2>&1; st=$?
test $st = 1; check "a pack that cannot load: exit 1" $?

out=$("$GOROLAB" reset first --pack "$p" 2>&1); st=$?
ws=$work/data/gorolab/demo/first
test $st = 0 && cmp -s "$ws/main.go" "$p/scenarios/a/main.go"
check "reset creates the workspace with the starter" $? "$out"
echo 'package main // mine' > "$ws/main.go"
out=$("$GOROLAB" reset 1 --pack "$p" 2>&1); st=$?
bak=$(ls "$ws"/main.go.*.bak 2>/dev/null | head -1)
test $st = 0 && test -n "$bak" && grep -q mine "$bak"
check "reset keeps a timestamped backup" $? "$out"
cmp -s "$ws/main.go" "$p/scenarios/a/main.go"
check "reset restores the starter" $?
printf '%s\n' "$bak" | grep -Eq 'main\.go\.[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}-[0-9]{2}-[0-9]{2}\.bak$'
check "backup name main.go.YYYY-MM-DDTHH-MM-SS.bak" $? "$bak"
"$GOROLAB" reset nope --pack "$p" >/dev/null 2>&1; st=$?
test $st = 1; check "reset of an unknown lesson: exit 1" $?

mkdir -p "$work/state/gorolab"
printf 'not a progress file\n' > "$work/state/gorolab/progress"
out=$("$GOROLAB" list "$p" 2>&1); st=$?
test $st = 0 && printf '%s\n' "$out" | grep -q 'progress file .*: skipped line 1 (too few fields); every other row is kept' &&
    grep -q 'not a progress file' "$work/state/gorolab/progress"
check "a damaged progress row is reported and kept, not fatal" $? "$out"
