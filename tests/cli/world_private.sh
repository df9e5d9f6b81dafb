#!/bin/sh
# tests/cli/world_private.sh: a lesson's world is sealed like another Go
# package (src/lang/world.c). In the lesson of tests/cli/testdata/world, each
# fix of fixes/ reaches for the world's private state one way (a private
# variable or type, field, method, a promoted one through embedding, a
# composite literal, a conversion to a struct of its own, a method added to a
# world type, os.Args) and gets each compile error its `// want: LINE:COL: MSG`
# lines name, as the grader's explanation; the solution uses every exported
# name (and a close() of its own is not the world's); `gorolab run` of the
# same files has no lesson and no rule: every fix compiles and runs; a grade
# given the world's files too is a usage error. A fix may declare names the
# world keeps private (own_names.go): each side sees its own, as two Go
# packages would, where one package would say "redeclared".
: "${GOROLAB:=./gorolab}"
: "${srcdir:=.}"
d=$srcdir/tests/cli/testdata/world
tmp=$(mktemp -d "${TMPDIR:-/tmp}/world.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state HOME=$tmp LANG=C LC_ALL=C
export XDG_DATA_HOME XDG_STATE_HOME HOME LANG LC_ALL
unset GOROLAB_PACK LANGUAGE
fixes=$(ls "$d"/fixes/*.go)
echo "1..$(($(echo $fixes | wc -w) * 2 + 5))"
t=0
check() {   # check NAME STATUS [OUTPUT]
    t=$((t + 1))
    if test "$2" = 0; then echo "ok $t - $1"; else echo "not ok $t - $1"; printf '%s\n' "$3" | sed 's/^/# /'; fi
}
for f in $fixes; do
    n=$(basename "$f")
    out=$("$GOROLAB" grade "$d/lesson.yaml" "$f" 2>&1); st=$?
    # the grader's explanation: the compile errors, every one of them, in order
    sed -n "s|^// want: |  $f:|p" "$f" >"$tmp/want"
    printf '%s\n' "$out" | grep "^  $f:" >"$tmp/got"
    ok=1
    test $st = 1 && printf '%s\n' "$out" | grep -qx '  the program does not compile:' &&
        test -s "$tmp/want" && cmp -s "$tmp/want" "$tmp/got" && ok=0
    check "grade $n: the compile errors it wants" $ok "$(diff "$tmp/want" "$tmp/got"; printf '%s\n' "$out")"
    # no lesson, no rule
    out=$("$GOROLAB" run "$f" "$d/scenarios/shop/world.go" -- corner 2>&1); st=$?
    test $st = 0 && printf '%s\n' "$out" | grep -q 'open corner'
    check "run $n: compiles and runs without a lesson" $? "$out"
done
out=$("$GOROLAB" grade "$d/lesson.yaml" "$d/scenarios/shop/solution.go" 2>&1); st=$?
test $st = 0 && printf '%s\n' "$out" | grep -q 'closed corner (db: down)' && printf '%s\n' "$out" | grep -qx 'own close: false'
check "the solution: every exported name works, its own close() is another method" $? "$out"
out=$("$GOROLAB" grade "$d/lesson.yaml" "$d/own_names.go" 2>&1); st=$?
test $st = 0 && printf '%s\n' "$out" | grep -qx 'PASS  world-private: open corner mine 3 own peek' &&
    printf '%s\n' "$out" | grep -qx 'world: s3cret 7' && printf '%s\n' "$out" | grep -qx 'closed corner (db: down)'
check "a fix's own db, secret, inner and inner.peek: the fix sees its own, the world its own" $? "$out"
out=$("$GOROLAB" check "$d/lesson.yaml" 2>&1)
check "gorolab check: the starter and the solution compile with the world sealed" $? "$out"
# the learner's copy (grade LESSON, no file) is sealed too
"$GOROLAB" grade "$d/lesson.yaml" >/dev/null 2>&1   # makes the copy of the starter
ws=$(ls -d "$tmp"/data/gorolab/*/world-private 2>/dev/null | head -1)
test -n "$ws" && cp "$d/fixes/var.go" "$ws/main.go"
out=$("$GOROLAB" grade "$d/lesson.yaml" 2>&1)
printf '%s\n' "$out" | grep -q "main.go:7:14: db is private to the lesson's world (world.go:32:5)"
check "grade of the learner's copy: the world is sealed" $? "$out"
# a fix given with a world of its own is refused: the world comes from the lesson
out=$("$GOROLAB" grade "$d/lesson.yaml" "$d/scenarios/shop/solution.go" "$d/scenarios/shop/world.go" 2>&1); st=$?
test $st = 64 && printf '%s\n' "$out" | grep -q "grades 1 file, the learner's (main.go); 2 given: give only those, the world's files come from the lesson"
check "grade with the world's files given too: a usage error naming the file to give" $? "$out"
