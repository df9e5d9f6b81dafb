#!/bin/sh
# tests/cli/gc_rss.sh: the garbage collector keeps a churning program small:
# 1 GiB allocated in total (as Go counts it) with 10 MiB live stays under
# 64 MiB of resident memory, and the live data survives the collections,
# which are paced by the live heap as Go's GOGC=100 does (the next one when
# the heap doubles what the last left: about 100 here, where a fixed 4 MiB
# trigger would collect at nearly every one of the million allocations).
prog=${srcdir:-.}/tests/cli/testdata/gc_churn.go
echo "1..4"
out=$("$GOROLAB" run --stats "$prog" 2>"${TMPDIR:-/tmp}/gc_rss.$$"); st=$?
err=$(cat "${TMPDIR:-/tmp}/gc_rss.$$"); rm -f "${TMPDIR:-/tmp}/gc_rss.$$"
if test $st = 0 && test "$out" = "9949995000 9999"; then echo "ok 1 - live data intact"
else echo "not ok 1 - live data intact (exit $st, output '$out')"; printf '%s\n' "$err" | sed 's/^/# /'; fi
collections=$(printf '%s\n' "$err" | sed -n 's/.* \([0-9][0-9]*\) collections.*/\1/p')
if test "${collections:-0}" -gt 10; then echo "ok 2 - the collector ran ($collections collections)"
else echo "not ok 2 - the collector ran (${collections:-no} collections)"; fi
if test "${collections:-0}" -gt 0 && test "$collections" -le 200; then echo "ok 3 - paced by the live heap ($collections collections <= 200)"
else echo "not ok 3 - paced by the live heap (${collections:-no} collections, want <= 200)"; fi
if grep -q __asan_init "$GOROLAB" 2>/dev/null; then
    echo "ok 4 - max RSS # SKIP AddressSanitizer's shadow memory inflates RSS"
    exit 0
fi
rss=$(printf '%s\n' "$err" | sed -n 's/.*max RSS \([0-9][0-9]*\) KiB.*/\1/p')
if test -n "$rss" && test "$rss" -lt 65536; then echo "ok 4 - max RSS ${rss} KiB < 64 MiB"
else echo "not ok 4 - max RSS ${rss:-unknown} KiB < 64 MiB"; printf '%s\n' "$err" | sed 's/^/# /'; fi
