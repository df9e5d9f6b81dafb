// A download mirror counts the KiB it serves (see world.go).
package main

import "sync/atomic"

// "Atomics instead of the lock."
var served atomic.Int64

func record(size int) {
	n := served.Load()
	served.Store(n + int64(size))
}

func total() int { return int(served.Load()) }
