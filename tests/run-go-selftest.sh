#!/bin/sh
# tests/run-go-selftest.sh: tests/run-go against tiny fake programs run by
# tests/cli/fake-gorolab (each case is CASE.go with expectations plus
# CASE.fake, the sh script that plays the program).
: "${srcdir:=.}"
runner="$srcdir/tests/run-go"
fake=$(cd "$srcdir/tests/cli" && pwd)/fake-gorolab
d=$(mktemp -d "${TMPDIR:-/tmp}/run-go-selftest.XXXXXX") || exit 99
trap 'rm -rf "$d"' EXIT
trap 'exit 130' INT TERM HUP
mkdir "$d/sub"
TAB=$(printf '\t')

n=0
# expect CASE ok|fail [DIAG-REGEXP]: runs run-go on $d/sub/CASE.go
expect() {
    n=$((n + 1))
    out=$(GOROLAB=$fake sh "$runner" "$d/sub/$1.go" 2>&1)
    first=$(printf '%s\n' "$out" | sed -n 2p)
    case $2 in
    ok) want="ok 1 - $d/sub/$1.go" ;;
    fail) want="not ok 1 - $d/sub/$1.go" ;;
    esac
    good=1
    test "$first" = "$want" || good=0
    test "$(printf '%s\n' "$out" | sed -n 1p)" = "1..1" || good=0
    if test -n "$3" && ! printf '%s\n' "$out" | grep -Eq -- "$3"; then good=0; fi
    if test $good = 1; then
        echo "ok $n - $1 $2"
    else
        echo "not ok $n - $1 $2"
        printf '%s\n' "$out" | sed 's/^/#   /'
    fi
}

# 1. a pass: output, seed and args reach the program
cat > "$d/sub/pass.go" <<'EOF'
package main

func main() {
	// Output:
	// hello
	//
	// seed=7 args=a b
}
// Seed: 7
// Args: a b
EOF
cat > "$d/sub/pass.fake" <<'EOF'
echo hello
echo
echo "seed=$FAKE_SEED args=$*"
EOF

# 2. an output mismatch
cat > "$d/sub/outdiff.go" <<'EOF'
package main
// Output:
// hello
EOF
echo 'echo goodbye' > "$d/sub/outdiff.fake"

# 3. an exit-status mismatch (same output)
cat > "$d/sub/exitdiff.go" <<'EOF'
package main
// Output: hi
// Exit: 3
EOF
echo 'echo hi; exit 0' > "$d/sub/exitdiff.fake"

# 4. stderr with stack frames, normalised on both sides
cat > "$d/sub/frames.go" <<EOF
package main
// Exit: 2
// Stderr:
// panic: boom
//
// goroutine 1 [running]:
// main.f()
// ${TAB}/home/someone/go/src/x/frames.go:5 +0x18
// main.main()
// ${TAB}/home/someone/frames.go:9
// exit status 2
EOF
cat > "$d/sub/frames.fake" <<EOF
printf 'panic: boom\n\ngoroutine 1 [running]:\nmain.f(0x5, 0x2)\n\t%s/frames.go:5 +0x1d\nmain.main()\n\t%s/frames.go:9 +0x25\n' "\$PWD" "\$PWD" >&2
exit 2
EOF

# 5. a stderr mismatch
sed 's/boom/bang/' "$d/sub/frames.go" > "$d/sub/framesdiff.go"
cp "$d/sub/frames.fake" "$d/sub/framesdiff.fake"

# 6. ERROR comments matched (continuation lines and `too many errors' ignored)
cat > "$d/sub/errok.go" <<'EOF'
package main

func main() {
	x := 1 // ERROR "declared and not used: x"
	y := "a" + 1 // ERROR "mismatched types|cannot convert" "untyped int"
}
EOF
cat > "$d/sub/errok.fake" <<'EOF'
echo "./errok.go:4:2: declared and not used: x" >&2
echo "$PWD/errok.go:5:7: invalid operation: mismatched types string and untyped int" >&2
printf '\tmore detail\n' >&2
echo "too many errors" >&2
exit 1
EOF

# 7. an ERROR comment nothing matched
cat > "$d/sub/errmissing.go" <<'EOF'
package main

func main() {
	x := 1 // ERROR "declared and not used"
	y := 2 // ERROR "declared and not used"
}
EOF
echo 'echo "errmissing.go:4:2: declared and not used: x" >&2; exit 1' > "$d/sub/errmissing.fake"

# 8. an error on a line with no ERROR comment, and a wrong message
cat > "$d/sub/errextra.go" <<'EOF'
package main

func main() {
	x := 1 // ERROR "declared and not used"
}
EOF
cat > "$d/sub/errextra.fake" <<'EOF'
echo "errextra.go:4:2: declared and not used: x" >&2
echo "errextra.go:3:1: something else" >&2
exit 1
EOF

# 9. ERROR but the program compiled and ran
cp "$d/sub/errextra.go" "$d/sub/errran.go"
echo 'exit 0' > "$d/sub/errran.fake"

# 10. unexpected stderr when no Stderr: block
printf 'package main\n// Output: x\n' > "$d/sub/noisy.go"
echo 'echo x; echo warning >&2' > "$d/sub/noisy.fake"

# 11. unordered output
cat > "$d/sub/unordered.go" <<'EOF'
package main
// Unordered output:
// b
// a
// c
EOF
echo 'printf "a\nc\nb"' > "$d/sub/unordered.fake"

# 12. a hang is a failure
printf 'package main\n' > "$d/sub/hang.go"
echo 'sleep 30' > "$d/sub/hang.fake"

echo "1..12"
expect pass ok
expect outdiff fail 'stdout differs'
expect exitdiff fail 'exit status 0, want 3'
expect frames ok
expect framesdiff fail '^# -panic: bang'
expect errok ok
expect errmissing fail 'no error matched line 5'
expect errextra fail 'unexpected error: errextra.go:3:1'
expect errran fail 'exit status 0, want 1'
expect noisy fail '^# \+warning'
expect unordered ok
RUN_GO_TIMEOUT=1 expect hang fail 'timed out'
