// A packed map (integer keys, integer or float values) through a long mix of
// inserts, updates, deletes and re-inserts: tombstones on probe paths,
// growth and compaction. The results must be Go's.
package main

import "fmt"

func main() {
	m := map[int]int{}
	f := map[int64]float64{}
	x := uint64(88172645463325252)
	sum, hits := 0, 0
	for i := 0; i < 200000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		k := int(x % 5000)
		switch x >> 60 % 4 {
		case 0, 1:
			m[k] += i
			f[int64(k)] = float64(i) / 2
		case 2:
			delete(m, k)
			delete(f, int64(k))
		case 3:
			if v, ok := m[k]; ok {
				hits++
				sum += v % 1000
			}
			if v, ok := f[int64(-k)]; ok {
				sum += int(v)
			}
		}
	}
	total := 0
	for k, v := range m {
		total += k ^ v
	}
	ft := 0.0
	for _, v := range f {
		ft += v
	}
	fmt.Println(len(m), len(f), sum, hits, total, ft)
}

// Output:
// 3336 3336 16497033 32129 1792267891 3.227716265e+08
