package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.Unlock()
}

// Output:
// Exit: 2
// Stderr:
// fatal error: sync: Unlock of unlocked RWMutex
//
// goroutine 1 [running]:
// sync.(*RWMutex).Unlock(...)
// 	$GOROOT/src/sync/sync.go:99 +0x4
// main.main()
// 	rwmutex_unlock_unlocked.go:8 +0x10
