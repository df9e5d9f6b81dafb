// The warehouse's stock (see world.go for the workers and the auditor).
package main

import "sync"

var (
	mu   sync.RWMutex
	bins = map[string]int{}
)

func open(bin string, items int) {
	mu.Lock()
	defer mu.Unlock()
	bins[bin] = items
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
	mu.RLock()
	defer mu.RUnlock()
	return bins[bin]
}

func total() int {
	mu.RLock()
	defer mu.RUnlock()
	sum := 0
	for _, n := range bins {
		sum += n
	}
	return sum
}
