#!/bin/sh
# tests/go-mk.sh: tests/go.mk lists exactly the files under tests/go/
# (fails when a golden test was added or removed without ./bootstrap).
echo "1..1"
out=$(sh "$srcdir/tests/gen-go-mk" -c "$srcdir" 2>&1)
if test $? = 0; then
    echo "ok 1 - tests/go.mk is up to date"
else
    echo "not ok 1 - tests/go.mk is up to date"
    printf '%s\n' "$out" | sed 's/^/# /'
fi
