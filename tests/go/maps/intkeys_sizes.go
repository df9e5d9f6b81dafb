// Maps with integer keys of many sizes and shapes (counters, strides,
// negative, huge unsigned, bool), with deletes, reinserts and iteration
// while growing: the table sizes and the homes of integer keys are the
// runtime's own (vm/map.c), the contents are Go's.
package main

import "fmt"

func check(name string, n int, key func(i int) int64) {
	m := map[int64]int{}
	for i := 0; i < n; i++ {
		m[key(i)] = i
	}
	for i := 0; i < n; i += 3 {
		delete(m, key(i))
	}
	for i := 0; i < n; i += 6 {
		m[key(i)] = -i
	}
	sum, hits, misses := 0, 0, 0
	for i := 0; i < n; i++ {
		if v, ok := m[key(i)]; ok {
			sum += v
			hits++
		}
		if _, ok := m[key(i)+1<<40]; !ok {
			misses++
		}
	}
	isum := 0
	for _, v := range m {
		isum += v
	}
	size := len(m)
	seen := map[int64]bool{}
	for k := range m {
		seen[k] = true
		if k%2 == 0 && len(m) < 3*n {
			m[k+1<<62] = 0 // grows the map during the range
		}
	}
	old := 0
	for i := 0; i < n; i++ {
		if seen[key(i)] {
			old++
		}
	}
	fmt.Println(name, n, size, sum, hits, misses, isum == sum, old == hits)
}

func main() {
	for _, n := range []int{1, 7, 8, 9, 100, 1000, 20000} {
		check("dense", n, func(i int) int64 { return int64(i) })
		check("stride", n, func(i int) int64 { return int64(i) * 7919 })
		check("neg", n, func(i int) int64 { return -int64(i) * 4096 })
		check("high", n, func(i int) int64 { return int64(i) << 44 })
	}
	u := map[uint64]bool{}
	for i := uint64(0); i < 2000; i++ {
		u[^i] = i%2 == 0
		u[i<<52] = true
	}
	tr := 0
	for _, v := range u {
		if v {
			tr++
		}
	}
	b := map[bool]int{true: 1, false: 2}
	delete(b, true)
	b[true] = 3
	fmt.Println(len(u), tr, b[true], b[false], len(b))
	h := make(map[int8]int, 300)
	for i := -128; i < 128; i++ {
		h[int8(i)] = i
	}
	fmt.Println(len(h), h[-128], h[127])
}

// Output:
// dense 1 1 0 1 1 true true
// stride 1 1 0 1 1 true true
// neg 1 1 0 1 1 true true
// high 1 1 0 1 1 true true
// dense 7 6 6 6 7 true true
// stride 7 6 6 6 7 true true
// neg 7 6 6 6 7 true true
// high 7 6 6 6 7 true true
// dense 8 7 13 7 8 true true
// stride 8 7 13 7 8 true true
// neg 8 7 13 7 8 true true
// high 8 7 13 7 8 true true
// dense 9 8 21 8 9 true true
// stride 9 8 21 8 9 true true
// neg 9 8 21 8 9 true true
// high 9 8 21 8 9 true true
// dense 100 83 2451 83 100 true true
// stride 100 83 2451 83 100 true true
// neg 100 83 2451 83 100 true true
// high 100 83 2451 83 100 true true
// dense 1000 833 249501 833 1000 true true
// stride 1000 833 249501 833 1000 true true
// neg 1000 833 249501 833 1000 true true
// high 1000 833 249501 833 1000 true true
// dense 20000 16667 99990001 16667 20000 true true
// stride 20000 16667 99990001 16667 20000 true true
// neg 20000 16667 99990001 16667 20000 true true
// high 20000 16667 99990001 16667 20000 true true
// 4000 3000 3 2 2
// 256 -128 127
