// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

var visitsByUser = map[string]int{}

func visit(user string) {
	var mu sync.Mutex // a new mutex on every call
	mu.Lock()
	visitsByUser[user]++
	mu.Unlock()
}

func visits(user string) int {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	return visitsByUser[user]
}

func visitors() int {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	return len(visitsByUser)
}
