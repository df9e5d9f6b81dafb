// The warehouse's stock (see world.go for the workers and the auditor).
package main

import "sync"

var (
	mu   sync.Mutex
	bins = map[string]int{}
)

func open(bin string, items int) {
	mu.Lock()
	bins[bin] = items
	mu.Unlock()
}

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

func stock(bin string) int {
	mu.Lock()
	defer mu.Unlock()
	return bins[bin]
}

// "An audit only reads."
func total() int {
	sum := 0
	for _, n := range bins {
		sum += n
	}
	return sum
}
