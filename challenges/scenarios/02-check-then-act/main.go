package main

import (
	"fmt"
	"sync"
)

// One seat is left. Each booking checks under the lock that a seat is
// free, releases the lock, and takes the seat under the lock again.
var (
	mu    sync.Mutex
	seats = 1
)

func book(name string, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	free := seats > 0
	mu.Unlock()
	if !free {
		fmt.Println(name, "finds the flight full")
		return
	}
	mu.Lock()
	seats--
	mu.Unlock()
	fmt.Println(name, "got a seat")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go book("alice", &wg)
	go book("bob", &wg)
	wg.Wait()
	fmt.Println("seats left:", seats)
}
