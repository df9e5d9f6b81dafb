// Visits per user (see world.go for the handlers and the dashboard).
package main

import (
	"runtime"
	"sync/atomic"
)

var (
	busy         int32
	visitsByUser = map[string]int{}
)

// an atomic flag: Load to see it is free, then Store to take it.
func lock() {
	for atomic.LoadInt32(&busy) == 1 {
		runtime.Gosched()
	}
	atomic.StoreInt32(&busy, 1)
}

func unlock() { atomic.StoreInt32(&busy, 0) }

func visit(user string) {
	lock()
	visitsByUser[user]++
	unlock()
}

func visits(user string) int {
	lock()
	defer unlock()
	return visitsByUser[user]
}

func visitors() int {
	lock()
	defer unlock()
	return len(visitsByUser)
}
