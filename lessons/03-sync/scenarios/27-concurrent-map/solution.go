// A web server counts each user's visits in a map. world.go runs the
// handlers, which call visit(user) at the same time, and a dashboard that
// calls visitors() while they run.
//
// A Go map is not safe for concurrent use: one mutex guards every access,
// reads included.
package main

import "sync"

var (
	mu           sync.Mutex
	visitsByUser = map[string]int{} // user -> visits, guarded by mu
)

// visit counts one visit of user.
func visit(user string) {
	mu.Lock()
	visitsByUser[user]++
	mu.Unlock()
}

// visits is how many times user visited.
func visits(user string) int {
	mu.Lock()
	defer mu.Unlock()
	return visitsByUser[user]
}

// visitors is how many different users visited.
func visitors() int {
	mu.Lock()
	defer mu.Unlock()
	return len(visitsByUser)
}
