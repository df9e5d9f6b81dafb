// The warehouse's stock, bin by bin. world.go runs the workers, which call
// move(from, to, n) at the same time, and an auditor that calls total()
// while they work. Moving stock never creates or loses an item, so every
// audit should see the same total.
//
// A move changes two bins, and an audit reads all of them: the invariant
// spans several keys, so one mutex guards the whole map, and every
// operation is a single critical section. A plain map is also cheaper than
// sync.Map for keys that are updated all the time.
package main

import "sync"

var (
	mu   sync.Mutex
	bins = map[string]int{} // bin name -> items, guarded by mu
)

// open adds a bin with its first items (before the workers start).
func open(bin string, items int) {
	mu.Lock()
	bins[bin] = items
	mu.Unlock()
}

// move takes n items out of bin from and puts them into bin to; it reports
// false, and moves nothing, when from has fewer than n items.
func move(from, to string, n int) bool {
	mu.Lock()
	defer mu.Unlock()
	if bins[from] < n {
		return false
	}
	bins[from] -= n
	bins[to] += n
	return true
}

// stock is the number of items in bin.
func stock(bin string) int {
	mu.Lock()
	defer mu.Unlock()
	return bins[bin]
}

// total is the number of items in the whole warehouse.
func total() int {
	mu.Lock()
	defer mu.Unlock()
	sum := 0
	for _, n := range bins {
		sum += n
	}
	return sum
}
