#!/bin/sh
# tests/cli/instructor.sh: an instructor's whole path, start to finish.
#   gorolab new mypack; gorolab new mypack/second  a pack check accepts at once
#   gorolab check mypack        ok; after an edit that breaks the YAML and the
#                               program, every diagnostic once as file:line:col
#                               (--verbose too), a wrong fix that passes named
#   tar czf mypack.tar.gz mypack; gorolab pack add mypack.tar.gz
#   gorolab pack list; gorolab list mypack; gorolab grade squares --pack mypack
#   gorolab pack remove mypack
# and what pack add refuses: a member outside the folder, a link, a pack
# that fails check, an id installed already (without --force).
t=${TMPDIR:-/tmp}/gorolab-instructor.$$
mkdir -p "$t/work" "$t/elsewhere"
trap 'rm -rf "$t"' EXIT
XDG_DATA_HOME=$t/data; XDG_STATE_HOME=$t/state; export XDG_DATA_HOME XDG_STATE_HOME
case $GOROLAB in /*) ;; *) GOROLAB=$(pwd)/$GOROLAB ;; esac
packs=$XDG_DATA_HOME/gorolab/packs
n=0
check() {   # check NAME STATUS(0 = ok) [DETAIL...]
    name=$1; st=$2; shift 2
    n=$((n + 1))
    if test "$st" = 0; then echo "ok $n - $name"
    else echo "not ok $n - $name"; for l in "$@"; do printf '%s\n' "$l" | sed 's/^/# /'; done; fi
}
echo "1..25"
cd "$t/work" || exit 1

out=$("$GOROLAB" new mypack 2>&1); st=$?
test $st = 0 && test -f mypack/pack.yaml && test -f mypack/README.md && test -f mypack/01-squares.yaml &&
    test -f mypack/01-squares.lua && test -f mypack/scenarios/squares/world.go &&
    test -f mypack/tests/squares/wrong-sleep.go && test -f mypack/tests/squares/right-done-channel.go
check "new mypack: pack.yaml, README, a lesson, its world, grader and fixtures" $? "$st: $out"
grep -q '^  zh:' mypack/01-squares.yaml; check "the lesson has a zh skeleton" $?
out=$("$GOROLAB" new mypack/second 2>&1); st=$?
test $st = 0 && grep -q '^  - 02-second.yaml' mypack/pack.yaml && test -f mypack/tests/second/wrong-sleep.go
check "new mypack/second: lesson 2, listed in pack.yaml" $? "$st: $out" "$(cat mypack/pack.yaml)"
out=$("$GOROLAB" new mypack/second 2>&1); st=$?
test $st != 0 && printf '%s\n' "$out" | grep -q 'has a lesson "second" already'
check "new never overwrites" $? "$st: $out"
out=$("$GOROLAB" new Bad_Name 2>&1); st=$?
test $st = 64; check "new refuses an id that is not one" $? "$st: $out"
out=$("$GOROLAB" check mypack 2>&1); st=$?
test $st = 0 && printf '%s\n' "$out" | tail -1 | grep -q '2 lessons, 2 ok, 0 failed' &&
    printf '%s\n' "$out" | grep -q '^ok   squares (starter fails, solution passes, 1 wrong fail, 1 right pass)'
check "check accepts the new pack at once" $? "$st: $out"

# the instructor edits: two YAML mistakes and a compile error
cp mypack/01-squares.yaml "$t/yaml.bak"; cp mypack/scenarios/second/main.go "$t/main.bak"
sed -i 's/^level: 1/level: 9/; s/^hints:/hint:/' mypack/01-squares.yaml
printf 'func broken() { undefinedThing() }\n' >> mypack/scenarios/second/main.go
"$GOROLAB" check mypack >"$t/out" 2>&1; st=$?
test $st = 1 && grep -q '^mypack/01-squares.yaml:[0-9]*:[0-9]*: level must be an integer from 1 to 5$' "$t/out" &&
    grep -q '^mypack/01-squares.yaml:[0-9]*:[0-9]*: unknown field "hint" (did you mean "hints"?)$' "$t/out" &&
    grep -q '^mypack/scenarios/second/main.go:[0-9]*:[0-9]*: undefined: undefinedThing$' "$t/out"
check "check prints every diagnostic as file:line:col" $? "$st" "$(cat "$t/out")"
"$GOROLAB" check --verbose mypack >"$t/out" 2>&1
test "$(grep -c 'level must be' "$t/out")" = 1 && test "$(grep -c 'undefined: undefinedThing' "$t/out")" = 1
check "check --verbose prints each one once" $? "$(cat "$t/out")"
cp "$t/yaml.bak" mypack/01-squares.yaml; cp "$t/main.bak" mypack/scenarios/second/main.go
cp mypack/scenarios/squares/solution.go mypack/tests/squares/wrong-looks-right.go
out=$("$GOROLAB" check mypack 2>&1); st=$?
test $st = 1 && printf '%s\n' "$out" | grep -q '^FAIL squares: wrong-looks-right.go passes its grader (it must fail)'
check "check names a wrong fix that passes" $? "$st: $out"
rm mypack/tests/squares/wrong-looks-right.go
cp mypack/02-second.yaml "$t/second.bak"
sed -i 's/^level: 1/level: 1\ngo: "1.30"/' mypack/02-second.yaml
out=$("$GOROLAB" check mypack 2>&1); st=$?
test $st = 1 && printf '%s\n' "$out" | grep -q '^mypack/02-second.yaml:[0-9]*:[0-9]*: go must be 1.18 to 1.27$'
check "check refuses a go: version gorolab does not model, with its position" $? "$st: $out"
cp "$t/second.bak" mypack/02-second.yaml
out=$("$GOROLAB" check --verbose mypack 2>&1); st=$?
test $st = 0 && printf '%s\n' "$out" | grep -q '^    wrong-sleep.go: fail: '
check "fixed: check passes; --verbose says what the grader said about each file" $? "$st: $out"

# share and install
tar czf mypack.tar.gz mypack
out=$("$GOROLAB" pack add mypack.tar.gz 2>&1); st=$?
test $st = 0 && test -f "$packs/mypack/pack.yaml" && test -f "$packs/mypack/tests/squares/wrong-sleep.go"
check "pack add FILE.tar.gz checks and installs" $? "$st: $out"
test -z "$(ls -A "$packs" | grep '^\.')"; check "no staging folder is left behind" $? "$(ls -A "$packs")"
out=$("$GOROLAB" pack add mypack.tar.gz 2>&1); st=$?
test $st = 1 && printf '%s\n' "$out" | grep -q 'installed already'
check "pack add refuses an installed id without --force" $? "$st: $out"
out=$("$GOROLAB" pack add --force mypack 2>&1); st=$?
test $st = 0; check "pack add --force DIR replaces it" $? "$st: $out"

cd "$t/elsewhere" || exit 1
out=$("$GOROLAB" pack list 2>&1); st=$?
test $st = 0 && printf '%s\n' "$out" | grep -q '^mypack  *0\.1\.0  *0/2  ' && printf '%s\n' "$out" | grep -q '(bundled)'
check "pack list: the bundled pack and mypack, 0 of 2 done" $? "$st: $out"
out=$("$GOROLAB" list mypack 2>&1); st=$?
test $st = 0 && printf '%s\n' "$out" | grep -q ' squares .* new\( .*\)\{0,1\}$'
check "list ID: an installed pack by its id" $? "$st: $out"
out=$("$GOROLAB" grade squares --pack mypack 2>&1); st=$?
test $st = 1 && printf '%s\n' "$out" | grep -q '^FAIL  squares'
check "grade LESSON --pack ID: the learner's starter fails" $? "$st: $out"
cp "$packs/mypack/scenarios/squares/solution.go" "$XDG_DATA_HOME/gorolab/mypack/squares/main.go"
out=$("$GOROLAB" grade squares --pack mypack 2>&1); st=$?
test $st = 0 && "$GOROLAB" pack list | grep -q '^mypack  *0\.1\.0  *1/2  '
check "the learner's fix passes; pack list shows 1 of 2 done" $? "$st: $out" "$("$GOROLAB" pack list)"

# what pack add refuses
mkdir -p "$t/evil/p" && cp -r "$t/work/mypack/." "$t/evil/p/"
tar czf "$t/up.tar.gz" -C "$t/evil" -P --transform 's,^p,../p,' p 2>/dev/null
out=$("$GOROLAB" pack add "$t/up.tar.gz" 2>&1); st=$?
test $st = 1 && printf '%s\n' "$out" | grep -q 'would land outside' && test ! -e "$XDG_DATA_HOME/gorolab/p"
check "pack add refuses a member outside the pack's folder" $? "$st: $out"
ln -s /etc "$t/evil/p/etc"
tar czf "$t/link.tar.gz" -C "$t/evil" p
out=$("$GOROLAB" pack add "$t/link.tar.gz" --force 2>&1); st=$?
test $st = 1 && printf '%s\n' "$out" | grep -q 'link or a special file'
check "pack add refuses a link" $? "$st: $out"
rm "$t/evil/p/etc"
cp "$t/evil/p/scenarios/squares/solution.go" "$t/evil/p/scenarios/squares/main.go"
out=$("$GOROLAB" pack add --force "$t/evil/p" 2>&1); st=$?
test $st = 1 && printf '%s\n' "$out" | grep -q 'the starter passes its grader' &&
    printf '%s\n' "$out" | grep -q 'fails gorolab check (above): not installed' &&
    cmp -s "$packs/mypack/scenarios/squares/main.go" "$t/work/mypack/scenarios/squares/main.go"
check "pack add refuses a pack that fails check, and keeps the installed one" $? "$st: $out"

out=$("$GOROLAB" pack remove mypack 2>&1); st=$?
test $st = 0 && test ! -e "$packs/mypack" && test -f "$XDG_DATA_HOME/gorolab/mypack/squares/main.go"
check "pack remove ID: gone, the learner's copy stays" $? "$st: $out"
out=$("$GOROLAB" pack list 2>&1)
! printf '%s\n' "$out" | grep -q '^mypack'; check "pack list no longer shows it" $? "$out"
out=$("$GOROLAB" pack remove ../etc 2>&1); st=$?
test $st = 64; check "pack remove refuses a path" $? "$st: $out"
