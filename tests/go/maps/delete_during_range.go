// Deleting entries not yet reached during range keeps them from being
// produced; the survivors are each produced once.
package main

import "fmt"

func main() {
	m := make(map[int]string)
	for i := 0; i < 1000; i++ {
		m[i] = fmt.Sprint(i)
	}
	n := 0
	for k := range m {
		n++
		if n == 1 {
			for j := 0; j < 1000; j++ {
				if j != k {
					delete(m, j)
				}
			}
		}
	}
	fmt.Println(n, len(m))

	for i := 0; i < 1000; i++ {
		m[i] = fmt.Sprint(i)
	}
	seen := make(map[int]int)
	first := -1
	bad := 0
	for k, v := range m {
		seen[k]++
		if v != fmt.Sprint(k) {
			bad++
		}
		if first < 0 {
			first = k
			for j := 0; j < 1000; j += 2 {
				if j != k {
					delete(m, j)
				}
			}
			// refill tombstones with new keys: may or may not be produced
			for j := 2000; j < 2400; j++ {
				m[j] = fmt.Sprint(j)
			}
		}
	}
	odd, even, twice := 0, 0, 0
	for k, c := range seen {
		if c > 1 {
			twice++
		}
		if k < 1000 && k%2 == 1 {
			odd++
		}
		if k < 1000 && k%2 == 0 && k != first {
			even++
		}
	}
	kept := 900
	if first%2 == 0 {
		kept = 901
	}
	fmt.Println(odd, even, twice, bad, len(m) == kept)
}

// Output:
// 1 1
// 500 0 0 0 true
