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
	bins[from] -= n
	bins[to] += n
	return true
}

func stock(bin string) int {
	mu.Lock()
	defer mu.Unlock()
	return bins[bin]
}

// "Moves never change the total: it is the story's 6210."
func total() int { return 6210 }
