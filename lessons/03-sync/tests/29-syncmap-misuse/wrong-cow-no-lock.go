// The warehouse's stock, bin by bin (see world.go).
package main

import "sync/atomic"

// copy on write: readers see one consistent snapshot, always.
var snap atomic.Value // map[string]int, never changed once stored

func init() { snap.Store(map[string]int{}) }

func update(f func(m map[string]int) bool) bool {
	old := snap.Load().(map[string]int)
	m := make(map[string]int, len(old)+1)
	for k, v := range old {
		m[k] = v
	}
	if !f(m) {
		return false
	}
	snap.Store(m)
	return true
}

func open(bin string, items int) {
	update(func(m map[string]int) bool { m[bin] = items; return true })
}

func move(from, to string, n int) bool {
	return update(func(m map[string]int) bool {
		if m[from] < n {
			return false
		}
		m[from] -= n
		m[to] += n
		return true
	})
}

func stock(bin string) int { return snap.Load().(map[string]int)[bin] }

func total() int {
	sum := 0
	for _, v := range snap.Load().(map[string]int) {
		sum += v
	}
	return sum
}
