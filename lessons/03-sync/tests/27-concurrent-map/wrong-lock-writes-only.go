// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

var (
	mu           sync.Mutex
	visitsByUser = map[string]int{}
)

// "Only writes change the map, so only writes need the lock."
func visit(user string) {
	mu.Lock()
	visitsByUser[user]++
	mu.Unlock()
}

func visits(user string) int { return visitsByUser[user] }

func visitors() int { return len(visitsByUser) }
