// Unlocking a mutex that is not locked is a fatal error (it cannot be
// recovered), here raised in a goroutine.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recovered:", recover())
			done <- true
		}()
		mu.Unlock()
	}()
	<-done
}

// Exit: 2
// Stderr:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 2 [running]:
// main.main.func1()
// 	c_unlock_in_goroutine.go:18
// created by main.main in goroutine 1
// 	c_unlock_in_goroutine.go:13
//
// goroutine 1 [chan receive]:
// main.main()
// 	c_unlock_in_goroutine.go:20
