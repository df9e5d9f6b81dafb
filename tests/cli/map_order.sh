#!/bin/sh
# tests/cli/map_order.sh: map iteration order comes from the run's seed: the
# same seed gives the same order every run (also across growth, deletions and
# string keys), different seeds give different orders.
t=${TMPDIR:-/tmp}/gorolab-map-order.$$
mkdir -p "$t"
trap 'rm -rf "$t"' EXIT
n=0
check() {   # check NAME STATUS(0 = ok) [DETAIL...]
    n=$((n + 1))
    if test "$2" = 0; then echo "ok $n - $1"; else
        echo "not ok $n - $1"; shift 2; for l in "$@"; do printf '%s\n' "$l" | sed 's/^/# /'; done
    fi
}
echo "1..3"

cat > "$t/order.go" <<'GO'
package main

import "fmt"

func main() {
	m := map[int]int{}
	s := map[string]bool{}
	for i := 0; i < 40; i++ {
		m[i*7] = i
		s[fmt.Sprint("k", i)] = true
	}
	for i := 0; i < 40; i += 3 {
		delete(m, i*7)
	}
	for k, v := range m {
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println()
	for k := range s {
		fmt.Print(k, " ")
	}
	fmt.Println()
}
GO
"$GOROLAB" run --seed 7 "$t/order.go" >"$t/a" 2>&1
"$GOROLAB" run --seed 7 "$t/order.go" >"$t/b" 2>&1
cmp -s "$t/a" "$t/b"; check "same seed, same order" $? "$(cat "$t/a")" "$(cat "$t/b")"
for s in 1 2 3 4 5 6; do "$GOROLAB" run --seed $s "$t/order.go"; done >"$t/all" 2>&1
test "$(sort -u "$t/all" | wc -l)" -ge 4; check "different seeds, different orders" $? "$(cat "$t/all")"
tr ' ' '\n' <"$t/a" | grep -c : | grep -qx 26; check "each remaining entry once" $? "$(cat "$t/a")"
