// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

// "sync.Map is the concurrent map."
var visitsByUser sync.Map // user -> int

func visit(user string) {
	n, _ := visitsByUser.Load(user)
	c, _ := n.(int)
	visitsByUser.Store(user, c+1)
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
