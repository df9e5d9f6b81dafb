// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

// "Sharding": eight locks chosen by the user's name... over one map.
var (
	locks        [8]sync.Mutex
	visitsByUser = map[string]int{}
)

func lockFor(user string) *sync.Mutex { return &locks[len(user)*31%8] }

func visit(user string) {
	l := lockFor(user)
	l.Lock()
	visitsByUser[user]++
	l.Unlock()
}

func visits(user string) int {
	l := lockFor(user)
	l.Lock()
	defer l.Unlock()
	return visitsByUser[user]
}

func visitors() int {
	locks[0].Lock()
	defer locks[0].Unlock()
	return len(visitsByUser)
}
