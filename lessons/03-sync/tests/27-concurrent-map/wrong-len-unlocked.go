// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

var (
	mu           sync.Mutex
	visitsByUser = map[string]int{}
)

func visit(user string) {
	mu.Lock()
	visitsByUser[user]++
	mu.Unlock()
}

func visits(user string) int {
	mu.Lock()
	defer mu.Unlock()
	return visitsByUser[user]
}

// len is just a number: no lock needed.
func visitors() int {
	return len(visitsByUser)
}
