#!/bin/sh
# tests/cli/long_lines.sh: a source line longer than 65,535 bytes (issue 12
# item 12): it parses (columns saturated at 16 bits made the parser's
# progress guard skip tokens) and an error on it has its true byte column.
t=$(mktemp -d "${TMPDIR:-/tmp}/long_lines.XXXXXX") || exit 99
trap 'rm -rf "$t"' EXIT
echo "1..2"
# gen PAD TAIL: a program whose line 6 is a 70,000-byte string, then TAIL
gen() {
    awk -v tail="$1" 'BEGIN {
        printf "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \""
        for (i = 0; i < 7000; i++) printf "xxxxxxxxxx"
        printf "\"; fmt.Println(len(s)); %s\n}\n", tail }'
}
gen 'fmt.Println(2)' > "$t/ok.go"
out=$("$GOROLAB" run "$t/ok.go" 2>&1); st=$?
if test $st = 0 && test "$out" = "$(printf '70000\n2')"; then echo "ok 1 - a 70,000-byte line runs"
else echo "not ok 1 - a 70,000-byte line runs (exit $st)"; printf '%s\n' "$out" | cut -c1-200 | sed 's/^/# /'; fi
gen 'var y int = "a"' > "$t/bad.go"
out=$(cd "$t" && "$GOROLAB" run bad.go 2>&1); st=$?
want='bad.go:6:70044: cannot use "a" (untyped string constant) as int value in variable declaration'
if test $st = 1 && test "$out" = "$want"; then echo "ok 2 - an error at column 70,044 says so"
else echo "not ok 2 - an error at column 70,044 says so (exit $st)"; printf '%s\n' "$out" | cut -c1-200 | sed 's/^/# /'; fi
