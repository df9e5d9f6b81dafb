// The nightly backup uploads every shard of the database, all at once.
//
// The database and the backup store are in world.go: Shards says how many
// shards there are (0..n-1) and Upload copies one of them.
//
// This service is built with Go 1.21 (its go.mod says `go 1.21`).
package main

import (
	"fmt"
	"sync"
)

func main() {
	n := Shards()
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		// Before Go 1.22 there is one i for the whole loop: give each
		// goroutine its own copy, as an argument, evaluated here.
		go func(id int) {
			defer wg.Done()
			mb := Upload(id)
			fmt.Printf("uploaded shard %d: %d MB\n", id, mb)
		}(i)
	}
	wg.Wait()
	fmt.Printf("backup done: %d shards\n", n)
}
