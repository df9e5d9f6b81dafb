#!/bin/sh
# tests/cli/bundled_packs.sh: the bundled lessons are four packs
# (lessons/01-basics, 02-incidents, 03-sync, 04-myths). Without a pack,
# `gorolab list` shows them all, each lesson under its catalogue number (the
# NN of its file name), and `gorolab N`, `grade N`, `reset N` take that
# number; with a pack (`list basics`, `grade N --pack sync`) a number is the
# lesson's position in that pack. Lesson ids and catalogue numbers are
# unique across the packs; a pack's id names it wherever a pack is taken;
# progress-id keeps the learner's copies and progress where the one bundled
# pack (gorolab-basics) kept them.
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
TMPDIR=${TMPDIR:-/tmp}
work=$(mktemp -d "$TMPDIR/bundled.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state HOME=$work LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK GOROLAB_CHALLENGES
echo "1..17"
t=0
check() {   # check NAME COND-EXIT-STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
out=$("$GOROLAB" list 2>&1); st=$?
test $st = 0 && test "$(printf '%s\n' "$out" | grep -c '^[A-Z].* ([0-9]* lessons)$')" = 4 &&
    test "$(printf '%s\n' "$out" | grep -c '^ *[0-9][0-9]*  [a-z]')" = 35
check "list: four packs, 35 lessons" $? "$st: $out"
nums=$(printf '%s\n' "$out" | sed -n 's/^ *\([0-9][0-9]*\)  [a-z].*/\1/p' | sort -n | tr '\n' ' ')
ids=$(printf '%s\n' "$out" | sed -n 's/^ *[0-9][0-9]*  \([a-z][a-z0-9-]*\) .*/\1/p' | sort | uniq -d)
test "$nums" = "$(seq 1 35 | tr '\n' ' ')" && test -z "$ids"
check "the catalogue numbers are 1 to 35 and no id is in two packs" $? "$nums / $ids"
printf '%s\n' "$out" | grep -q '^19  select-forever ' && printf '%s\n' "$out" | grep -q '^ 9  data-race '
check "without a pack, a lesson shows its catalogue number" $? "$out"
out=$("$GOROLAB" list basics 2>&1); st=$?
test $st = 0 && printf '%s\n' "$out" | grep -q '^ 4  select-forever ' && test "$(printf '%s\n' "$out" | grep -c '^ *[0-9]')" = 9
check "list PACK-ID: a bundled pack by id, numbered by position" $? "$st: $out"
out=$("$GOROLAB" list "$srcdir/lessons" 2>&1); st=$?
test $st = 0 && test "$(printf '%s\n' "$out" | grep -c '^ *[0-9][0-9]*  [a-z]')" = 35
check "list FOLDER: a folder of packs lists each" $? "$st: $out"
err=$(for p in basics incidents sync myths; do "$GOROLAB" list -v "$p" 2>&1 >/dev/null; done)
test -z "$err"; check "every bundled pack loads without a problem" $? "$err"
"$GOROLAB" grade 19 >"$work/out" 2>&1; st=$?
test $st = 1 && test -f "$XDG_DATA_HOME/gorolab/gorolab-basics/select-forever/main.go"
check "grade N: lesson N of the catalogue (19: select-forever), copied where the one pack kept it" $? "$st: $(cat "$work/out")"
sol=$(ls "$srcdir"/lessons/*/scenarios/19-select-forever/solution.go)
"$GOROLAB" grade 4 --pack basics "$sol" >"$work/out" 2>&1; st=$?
test $st = 0; check "grade N --pack ID: lesson N of that pack (basics 4: select-forever)" $? "$st: $(cat "$work/out")"
out=$("$GOROLAB" reset 7 2>&1); st=$?
test $st = 0 && printf '%s\n' "$out" | grep -q '^reset timer-leak:'
check "reset N: the catalogue's lesson N" $? "$st: $out"
# a learner's progress from before the split (pack id gorolab-basics) is theirs still
printf '# gorolab progress 1\ngorolab-basics data-race done 0 1\ngorolab-basics loop-variable started 2 1\n' > "$XDG_STATE_HOME/gorolab/progress"
out=$("$GOROLAB" list sync 2>&1)
printf '%s\n' "$out" | grep -q '^ 1  data-race .* done ' && "$GOROLAB" list myths | grep -q '^ 1  loop-variable .*started (2 hints)'
check "progress recorded under gorolab-basics shows in the new packs" $? "$out"
out=$("$GOROLAB" pack list 2>&1)
printf '%s\n' "$out" | grep -q '^sync  *2\.[0-9.]*  *1/10 .*(bundled)$' && test "$(printf '%s\n' "$out" | grep -c '(bundled)$')" = 4
check "pack list: the four bundled packs, with that progress" $? "$out"
# off a terminal the lab says it needs one for what it knows, and usage for what it does not
"$GOROLAB" 7 </dev/null >/dev/null 2>"$work/a"; a=$?
"$GOROLAB" basics 4 </dev/null >/dev/null 2>"$work/b"; b=$?
"$GOROLAB" 99 </dev/null >/dev/null 2>"$work/c"; c=$?
test $a = 1 && test $b = 1 && test $c = 64 && grep -q 'needs a terminal' "$work/a" && grep -q 'needs a terminal' "$work/b"
check "gorolab N and gorolab PACK N name lessons; an unknown number is a usage error" $? "$a $b $c: $(cat "$work/a" "$work/b" "$work/c")"
# progress-id is a folder name: checked as the id is
mkdir -p "$work/p/scenarios/a"
printf 'id: p\nprogress-id: ../escape\nlessons: [a.yaml]\n' > "$work/p/pack.yaml"
out=$("$GOROLAB" list "$work/p" 2>&1); st=$?
test $st = 1 && printf '%s\n' "$out" | grep -q 'pack progress-id "\.\./escape" must use letters'
check "a progress-id that is not one safe folder name is refused" $? "$st: $out"
out=$("$GOROLAB" check --pack myths loop-variable 2>&1); st=$?
test $st = 0 && printf '%s\n' "$out" | tail -1 | grep -q '^check: 1 lesson, 1 ok, 0 failed$'
check "check LESSON --pack ID: a lesson of a bundled pack by its id" $? "$st: $out"
# every lesson has its Chinese text (a title with Chinese characters at least)
# (CJK ideographs, U+4E00 to U+9FFF, start with a byte 0xE4 to 0xE9 in UTF-8)
han=$(printf '[\344-\351]')
out=$("$GOROLAB" list --lang zh 2>&1)
test "$(printf '%s\n' "$out" | grep -c "^ *[0-9][0-9]*  [a-z][a-z0-9-]*  .*$han")" = 35
check "list --lang zh: all 35 lessons have a Chinese title" $? "$out"
# the instructor's guides: the index names every lesson, each pack's README
# (English and Chinese) every lesson of its pack
bad=
for y in "$srcdir"/lessons/*/[0-9]*.yaml; do
    id=$(sed -n 's/^id: *//p' "$y"); d=$(dirname "$y")
    grep -q "| $id " "$srcdir/lessons/README.md" || bad="$bad index:$id"
    grep -q "| $id |" "$d/README.md" || bad="$bad $(basename "$d")/README.md:$id"
    grep -q "| $id：" "$d/README.zh_CN.md" || bad="$bad $(basename "$d")/README.zh_CN.md:$id"
done
test -z "$bad"; check "lessons/README.md and each pack's README.md and README.zh_CN.md name its lessons" $? "$bad"
out=$("$GOROLAB" grade timer-lek 2>&1); st=$?
test $st = 64 && printf '%s\n' "$out" | grep -q 'did you mean timer-leak?'
check "an unknown lesson without a pack: did-you-mean from every bundled pack" $? "$st: $out"
