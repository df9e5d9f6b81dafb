// Growing a map during range: each entry present throughout is produced
// exactly once, with its current value, and entries deleted after the growth
// and not yet reached are not produced (Go walks the old table).
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	seen := make(map[int]int)
	first := -1
	badval, deleted := 0, 0
	next := 1000
	for k, v := range m {
		if k >= 100 {
			continue // added during the range: may or may not be produced
		}
		seen[k]++
		if first < 0 {
			first = k
			for j := 0; j < 5000; j++ { // grows the map several times
				m[next] = next
				next++
			}
			for i := 0; i < 100; i++ {
				m[i] = i + 1000
			}
			for i := 50; i < 100; i++ {
				if i != k {
					delete(m, i)
				}
			}
			continue
		}
		if v != k+1000 {
			badval++
		}
		if k >= 50 {
			deleted++
		}
	}
	once, other := 0, 0
	for i := 0; i < 100; i++ {
		switch {
		case seen[i] == 1:
			once++
		case seen[i] > 1:
			other++
		}
	}
	want := 50
	if first >= 50 {
		want = 51
	}
	fmt.Println(once == want, other, badval, deleted, len(m) == 5000+want)
}

// Output:
// true 0 0 0 true
