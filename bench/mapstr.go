// mapstr: a map[string]int of 200,000 string keys: insert them, then look
// each one up (plus as many misses) five times. Measures string hashing and
// comparison in map lookups.
package main

import "fmt"

func main() {
	const n = 200000
	keys := make([]string, n)
	miss := make([]string, n)
	for i := 0; i < n; i++ {
		keys[i] = fmt.Sprint("k", i*7919)
		miss[i] = fmt.Sprint("m", i*7919)
	}
	m := make(map[string]int)
	for i := 0; i < n; i++ {
		m[keys[i]] = i
	}
	s, nm := 0, 0
	for r := 0; r < 5; r++ {
		for i := 0; i < n; i++ {
			s += m[keys[i]]
			if _, ok := m[miss[i]]; !ok {
				nm++
			}
		}
	}
	fmt.Println(len(m), s, nm)
}
