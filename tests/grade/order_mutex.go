// An Unlock happens before the next Lock returns.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	go func() {
		fmt.Println("locker")
		mu.Unlock()
	}()
	mu.Lock()
	fmt.Println("main")
}
