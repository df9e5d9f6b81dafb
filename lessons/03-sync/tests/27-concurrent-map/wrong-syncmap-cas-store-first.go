// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

var visitsByUser sync.Map // user -> int

// a compare-and-swap loop: an update is never lost.
func visit(user string) {
	for {
		v, ok := visitsByUser.Load(user)
		if !ok {
			visitsByUser.Store(user, 1) // first visit
			return
		}
		if visitsByUser.CompareAndSwap(user, v, v.(int)+1) {
			return
		}
	}
}

func visits(user string) int {
	v, _ := visitsByUser.Load(user)
	n, _ := v.(int)
	return n
}

func visitors() int {
	n := 0
	visitsByUser.Range(func(_, _ any) bool { n++; return true })
	return n
}
