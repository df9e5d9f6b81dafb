#!/bin/sh
# tests/cli/limits.sh: --max-steps N stops a busy loop at the first point
# past N where a goroutine may be stopped (a loop's back edge), not a time
# slice (10000 instructions) later; --leaks takes full or grouped.
d=${srcdir:-.}/tests/go/limits
t=${TMPDIR:-/tmp}/gorolab-limits.$$
trap 'rm -f "$t".*' EXIT
echo "1..2"
"$GOROLAB" run --max-steps 1000 --stats "$d/steps.go" >/dev/null 2>"$t.err"; st=$?
n=$(sed -n 's/^gorolab: \([0-9]*\) steps,.*/\1/p' "$t.err")
if test $st = 3 && test -n "$n" && test "$n" -gt 1000 && test "$n" -le 1010
then echo "ok 1 - --max-steps 1000 stops at $n steps"
else echo "not ok 1 - --max-steps 1000 stops at ${n:-?} steps (exit $st)"; sed 's/^/# /' "$t.err"; fi
"$GOROLAB" run --leaks=everything "$d/steps.go" >/dev/null 2>&1; st=$?
if test $st = 64; then echo "ok 2 - --leaks wants full or grouped"
else echo "not ok 2 - --leaks wants full or grouped (exit $st)"; fi
