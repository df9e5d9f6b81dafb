package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered?", recover()) // a fatal error cannot be recovered
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("locked and unlocked")
	mu.Unlock()
}

// Output:
// locked and unlocked
// Exit: 2
// Stderr:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 1 [running]:
// main.main()
// 	mutex_unlock_unlocked.go:16 +0x3c
