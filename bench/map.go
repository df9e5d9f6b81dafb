// map: insert 1,000,000 scattered int keys into a map[int]int, then look
// every one up (plus as many misses) and sum. Measures hashing, insertion
// with growth, and lookup hits and misses.
package main

import "fmt"

func main() {
	const n = 1000000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7919] = i
	}
	s := 0
	miss := 0
	for i := 0; i < n; i++ {
		s += m[i*7919]
		if _, ok := m[i*7919+1]; !ok {
			miss++
		}
	}
	fmt.Println(len(m), s, miss)
}
