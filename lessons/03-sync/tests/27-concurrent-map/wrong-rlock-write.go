// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

var (
	mu           sync.RWMutex
	visitsByUser = map[string]int{}
)

// visit only touches one key: a read lock is enough, surely.
func visit(user string) {
	mu.RLock()
	visitsByUser[user]++
	mu.RUnlock()
}

func visits(user string) int {
	mu.RLock()
	defer mu.RUnlock()
	return visitsByUser[user]
}

func visitors() int {
	mu.RLock()
	defer mu.RUnlock()
	return len(visitsByUser)
}
