// A goroutine holding the write lock cannot take the read lock.
package main

import (
	"fmt"
	"sync"
)

var (
	mu    sync.RWMutex
	cache = map[string]int{}
)

func get(k string) int {
	mu.RLock()
	defer mu.RUnlock()
	return cache[k]
}

func main() {
	mu.Lock()
	cache["a"] = 1
	fmt.Println("updating")
	fmt.Println(get("a"))
	mu.Unlock()
}

// Output:
// updating
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.RWMutex.RLock]:
// sync.(*RWMutex).RLock(...)
// 	$GOROOT/src/sync/sync.go:57
// main.get({0x4b7ed8?, 0x1?})
// 	rlock_after_lock.go:15
// main.main()
// 	rlock_after_lock.go:24
