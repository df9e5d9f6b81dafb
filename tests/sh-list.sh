#!/bin/sh
# tests/sh-list.sh: every shell test under tests/cli and tests/tui is in
# SH_TESTS (tests/local.mk), and the list is one make variable: each line
# but the last ends with a backslash (a merge once dropped one, and seven
# tests silently stopped running while their lines became a recipe).
top=${srcdir:-.}
mk=$top/tests/local.mk
echo "1..2"
missing=
for f in "$top"/tests/cli/*.sh "$top"/tests/tui/*.sh; do
    rel=${f#"$top"/}
    grep -q "^	$rel\( \\\\\)\{0,1\}\$" "$mk" || missing="$missing $rel"
done
if test -z "$missing"; then echo "ok 1 - every tests/cli and tests/tui script is in SH_TESTS"
else echo "not ok 1 - every tests/cli and tests/tui script is in SH_TESTS"; echo "# missing:$missing"; fi
bad=$(awk '/^SH_TESTS = \\$/ { on = 1; next }
           on && /\\$/ { next }
           on { on = 0; last = NR; next }
           /^	tests\/.*\.sh( \\)?$/ && !on { print NR ": " $0 }' "$mk")
if test -z "$bad"; then echo "ok 2 - SH_TESTS is one list: no test line outside it"
else echo "not ok 2 - SH_TESTS is one list: no test line outside it"; printf '%s\n' "$bad" | sed 's/^/# /'; fi
