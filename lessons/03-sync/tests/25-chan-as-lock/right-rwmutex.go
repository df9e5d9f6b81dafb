// A download mirror counts the KiB it serves (see world.go).
package main

import "sync"

var mu sync.RWMutex
var served int

func record(size int) {
	mu.Lock()
	defer mu.Unlock()
	served += size
}

func total() int {
	mu.RLock()
	defer mu.RUnlock()
	return served
}
