// Visits per user (see world.go for the handlers and the dashboard).
package main

import (
	"sync"
	"sync/atomic"
)

// sync.Map holds one counter per user; the counter itself is atomic, so a
// visit is one LoadOrStore and one Add, never a Load then a Store.
var visitsByUser sync.Map // user -> *atomic.Int64

func visit(user string) {
	c, ok := visitsByUser.Load(user)
	if !ok {
		c, _ = visitsByUser.LoadOrStore(user, new(atomic.Int64))
	}
	c.(*atomic.Int64).Add(1)
}

func visits(user string) int {
	c, ok := visitsByUser.Load(user)
	if !ok {
		return 0
	}
	return int(c.(*atomic.Int64).Load())
}

func visitors() int {
	n := 0
	visitsByUser.Range(func(_, _ any) bool { n++; return true })
	return n
}
