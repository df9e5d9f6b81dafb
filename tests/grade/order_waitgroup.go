// Done before the Wait it releases, an Unlock before the next Lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker")
	}()
	wg.Wait()
	mu.Lock()
	go func() {
		fmt.Println("locker")
		mu.Unlock()
	}()
	mu.Lock()
	fmt.Println("main")
}
