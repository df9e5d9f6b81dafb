// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

var (
	mu           sync.RWMutex
	visitsByUser = map[string]int{}
)

func visit(user string) {
	mu.Lock() // a write: the exclusive lock
	visitsByUser[user]++
	mu.Unlock()
}

func visits(user string) int {
	mu.RLock() // reads may share
	defer mu.RUnlock()
	return visitsByUser[user]
}

func visitors() int {
	mu.RLock()
	defer mu.RUnlock()
	return len(visitsByUser)
}
