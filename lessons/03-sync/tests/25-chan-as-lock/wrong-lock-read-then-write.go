// A download mirror counts the KiB it serves (see world.go).
package main

import "sync"

var mu sync.Mutex
var served int

// "Hold the lock as briefly as possible."
func record(size int) {
	mu.Lock()
	n := served
	mu.Unlock()
	n += size
	mu.Lock()
	served = n
	mu.Unlock()
}

func total() int {
	mu.Lock()
	defer mu.Unlock()
	return served
}
