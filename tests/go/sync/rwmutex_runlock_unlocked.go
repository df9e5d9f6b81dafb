package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
}

// Output:
// Exit: 2
// Stderr:
// fatal error: sync: RUnlock of unlocked RWMutex
//
// goroutine 1 [running]:
// main.main()
// 	rwmutex_runlock_unlocked.go:9 +0x18
