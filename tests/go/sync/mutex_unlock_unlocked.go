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
