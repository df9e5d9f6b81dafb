#!/bin/sh
# tests/cli/map_order.sh: map iteration order comes from the run's seed: the
# same seed gives the same order every run (also across growth, deletions,
# string keys, and pointer, channel and interface keys, whose order must not
# depend on where the C allocator put the objects), different seeds give
# different orders.
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
echo "1..4"

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

cat > "$t/ptr.go" <<'GO'
package main

import "fmt"

type T struct{ n int }

func main() {
	m := map[*T]int{}
	c := map[chan int]int{}
	i := map[interface{}]int{}
	var keep []*T
	for n := 0; n < 30; n++ {
		p := &T{n}
		keep = append(keep, p)
		m[p] = n
		c[make(chan int)] = n
		i[p] = n
		i[n] = -n
	}
	for _, v := range m {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for _, v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for _, v := range i {
		fmt.Print(v, " ")
	}
	fmt.Println(len(keep))
}
GO
for r in 1 2 3 4 5; do "$GOROLAB" run --seed 3 "$t/ptr.go" >"$t/p$r" 2>&1; done
ok=0
for r in 2 3 4 5; do cmp -s "$t/p1" "$t/p$r" || ok=1; done
check "pointer keys: same seed, same order" $ok "$(cat "$t/p1")" "$(cat "$t/p2")" "$(cat "$t/p3")"
