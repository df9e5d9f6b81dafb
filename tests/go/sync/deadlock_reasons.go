package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	mu.Lock()
	rw.Lock()
	wg.Add(3)
	go func() {
		defer wg.Done()
		mu.Lock()
	}()
	go func() {
		defer wg.Done()
		rw.RLock()
	}()
	go func() {
		defer wg.Done()
		rw.Lock()
	}()
	fmt.Println("waiting")
	wg.Wait()
}
