// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

var (
	mu           sync.Mutex
	visitsByUser = map[string]int{}
)

func visit(user string) {
	mu.Lock()
	n := visitsByUser[user]
	mu.Unlock()
	mu.Lock()
	visitsByUser[user] = n + 1
	mu.Unlock()
}

func visits(user string) int {
	mu.Lock()
	defer mu.Unlock()
	return visitsByUser[user]
}

func visitors() int {
	mu.Lock()
	defer mu.Unlock()
	return len(visitsByUser)
}
