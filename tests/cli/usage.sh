#!/bin/sh
# tests/cli/usage.sh: the command line's conventions. `gorolab --help` and
# `gorolab CMD --help` print the usage on stdout and exit 0; --version;
# `--opt=value` and `--opt value` alike, options among the files; unknown
# options, missing values and meaningless combinations are usage errors (64)
# that say what is wrong (explore --pct 0, --preemptions without
# --exhaustive, --go 1.30 naming the versions gorolab models, a --schedule
# naming a goroutine the program never has); the bash and zsh completion
# files offer exactly the options each command's --help prints, and
# make install installs them.
top=${srcdir:-.}
t=${TMPDIR:-/tmp}/gorolab-usage.$$
mkdir -p "$t"
trap 'rm -rf "$t"' EXIT
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do printf '%s\n' "$l" | sed 's/^/# /'; done; }
check() {   # check NAME STATUS(0 = ok) [DETAIL...]
    name=$1; st=$2; shift 2
    if test "$st" = 0; then ok "$name"; else nok "$name" "$@"; fi
}
cmds="run explore list reset grade check new pack"
echo "1..37"

out=$("$GOROLAB" --help 2>/dev/null); st=$?
check "--help exits 0" $st
printf '%s\n' "$out" | grep -q '^usage: gorolab'; check "--help prints usage" $? "$out"
"$GOROLAB" no-such-subcommand-xyzzy >/dev/null 2>&1 </dev/null; st=$?
test $st = 64; check "bad subcommand exits 64" $? "got $st"
out=$("$GOROLAB" --version); st=$?
test $st = 0 && printf '%s\n' "$out" | grep -q '^gorolab [0-9]'; check "--version prints gorolab's version" $? "$st: $out"

for c in $cmds; do
    out=$("$GOROLAB" $c --help 2>"$t/err"); st=$?
    test $st = 0 && printf '%s\n' "$out" | head -1 | grep -q "^usage: gorolab $c" && test ! -s "$t/err"
    check "$c --help: its usage on stdout, exit 0" $? "exit $st" "$out" "$(cat "$t/err")"
done

cat > "$t/loop.go" <<'GO'
package main

func main() {
	for {
	}
}
GO
cat > "$t/two.go" <<'GO'
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() { c <- 1 }()
	fmt.Println("got", <-c)
}
GO
"$GOROLAB" run --max-steps=1000 "$t/loop.go" >/dev/null 2>"$t/e1"; s1=$?
"$GOROLAB" run "$t/loop.go" --max-steps 1000 >/dev/null 2>"$t/e2"; s2=$?
test $s1 = 3 && test $s2 = 3 && cmp -s "$t/e1" "$t/e2"
check "--opt=value and --opt value alike, options after the files" $? "$s1 $s2" "$(cat "$t/e1")"

out=$("$GOROLAB" run "$t/two.go" --bogus 2>&1); st=$?
test $st = 64 && printf '%s\n' "$out" | grep -q 'unknown option --bogus'
check "an unknown option: 64, named" $? "$st: $out"
out=$("$GOROLAB" run "$t/two.go" --seed 2>&1); st=$?
test $st = 64 && printf '%s\n' "$out" | grep -q 'option --seed wants a value'
check "a missing value: 64, named" $? "$st: $out"
out=$("$GOROLAB" run "$t/two.go" --seed=-4 2>&1); st=$?
test $st = 64 && printf '%s\n' "$out" | grep -q -- '--seed wants a non-negative integer'
check "a bad number: 64, named" $? "$st: $out"
out=$("$GOROLAB" explore "$t/two.go" --pct 0 2>&1); st=$?
test $st = 64 && printf '%s\n' "$out" | grep -q -- '--pct wants a depth from 1 to 16'
check "explore --pct 0 is a usage error" $? "$st: $out"
out=$("$GOROLAB" explore "$t/two.go" --preemptions 3 2>&1); st=$?
test $st = 64 && printf '%s\n' "$out" | grep -q -- '--preemptions bounds --exhaustive'
check "explore --preemptions without --exhaustive is a usage error" $? "$st: $out"
out=$("$GOROLAB" explore "$t/two.go" --exhaustive --preemptions=1 2>&1); st=$?
test $st = 0; check "explore --exhaustive --preemptions=1 runs" $? "$st: $out"
out=$("$GOROLAB" run "$t/two.go" --go 1.30 2>&1); st=$?
test $st = 64 && printf '%s\n' "$out" | grep -q 'gorolab models Go 1.18 to 1.27'
check "--go 1.30 is a usage error naming the versions gorolab models" $? "$st: $out"
out=$("$GOROLAB" explore "$t/two.go" --go=1.5 2>&1); st=$?
test $st = 64 && printf '%s\n' "$out" | grep -q 'gorolab models Go'
check "explore --go=1.5 too" $? "$st: $out"
out=$("$GOROLAB" run "$t/two.go" --go 1.21 2>&1); st=$?
test $st = 0 && test "$out" = "got 1"; check "--go 1.21 runs" $? "$st: $out"
out=$("$GOROLAB" run "$t/two.go" --schedule 'v1-1-1.2.1' 2>&1); st=$?
test $st = 0 && test "$out" = "got 1"; check "--schedule naming the program's goroutines replays" $? "$st: $out"
"$GOROLAB" run "$t/two.go" --schedule 'v1-1-1.9.1' >"$t/out" 2>"$t/err"; st=$?
test $st = 64 && grep -q 'the schedule names goroutine 9, but this program only ever has goroutines 1 to 2' "$t/err" &&
    test ! -s "$t/out"
check "--schedule naming a goroutine that never exists: 64, and no output" $? "$st" "$(cat "$t/out" "$t/err")"
out=$("$GOROLAB" --bogus 2>&1); st=$?
test $st = 64 && printf '%s\n' "$out" | head -1 | grep -qx 'gorolab: unknown option --bogus (gorolab --help lists them)'
check "the lab's unknown option: 64, named" $? "$st: $out"
out=$("$GOROLAB" pack --force list 2>&1); st=$?
test $st = 64; check "pack --force list is a usage error" $? "$st: $out"

# completion: the options each command's --help prints, no more, no less
if command -v bash >/dev/null 2>&1; then
    for c in "" $cmds; do
        want=$( ("$GOROLAB" $c --help; echo --help) | grep -o -- '--[a-z][a-z-]*' | sort -u | tr '\n' ' ')
        got=$(bash -c 'shopt -s extglob; . "$1/completions/bash/gorolab"; shift
            COMP_WORDS=(gorolab "$@" --); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _gorolab
            printf "%s\n" "${COMPREPLY[@]}"' sh "$top" $c | sort -u | tr '\n' ' ')
        test "$want" = "$got"; check "bash completion of gorolab ${c:-(the lab)} -- = its --help" $? "want: $want" "got:  $got"
    done
else
    for c in "" $cmds; do ok "# SKIP no bash"; done
fi
missing=
for c in $cmds; do
    for o in $("$GOROLAB" $c --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        grep -q -- "$o" "$top/completions/zsh/_gorolab" || missing="$missing $c:$o"
    done
done
if command -v zsh >/dev/null 2>&1; then
    out=$(zsh -n "$top/completions/zsh/_gorolab" 2>&1)
    test -z "$missing" && test -z "$out"
else
    test -z "$missing"
fi
check "zsh completion names every option (and parses, when zsh is here)" $? "missing:$missing" "$out"
grep -q 'dist_bashcompletion_DATA = completions/bash/gorolab' "$top/Makefile.am" &&
    grep -q 'dist_zshcompletion_DATA = completions/zsh/_gorolab' "$top/Makefile.am"
check "make install installs the completion files" $?
