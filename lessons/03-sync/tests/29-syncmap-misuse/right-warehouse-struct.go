// The warehouse's stock (see world.go for the workers and the auditor).
package main

import "sync"

// The warehouse as a type: its mutex and its map travel together.
type warehouse struct {
	mu   sync.Mutex
	bins map[string]int
}

var wh = &warehouse{bins: map[string]int{}}

func (w *warehouse) move(from, to string, n int) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.bins[from] < n {
		return false
	}
	w.bins[from] -= n
	w.bins[to] += n
	return true
}

func (w *warehouse) total() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	sum := 0
	for _, n := range w.bins {
		sum += n
	}
	return sum
}

func open(bin string, items int) {
	wh.mu.Lock()
	wh.bins[bin] = items
	wh.mu.Unlock()
}

func move(from, to string, n int) bool { return wh.move(from, to, n) }

func stock(bin string) int {
	wh.mu.Lock()
	defer wh.mu.Unlock()
	return wh.bins[bin]
}

func total() int { return wh.total() }
