// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

// sync.Map with a compare-and-swap loop: the increment is retried when
// another handler changed the count in between.
var visitsByUser sync.Map // user -> int

func visit(user string) {
	for {
		old, loaded := visitsByUser.LoadOrStore(user, 1)
		if !loaded {
			return
		}
		if visitsByUser.CompareAndSwap(user, old, old.(int)+1) {
			return
		}
	}
}

func visits(user string) int {
	n, _ := visitsByUser.Load(user)
	c, _ := n.(int)
	return c
}

func visitors() int {
	n := 0
	visitsByUser.Range(func(_, _ any) bool { n++; return true })
	return n
}
