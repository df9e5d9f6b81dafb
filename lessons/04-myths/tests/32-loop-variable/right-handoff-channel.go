// The nightly backup uploads every shard of the database, all at once (see world.go).
package main

import (
	"fmt"
	"sync"
)

func main() {
	n := Shards()
	ids := make(chan int) // each goroutine receives its own shard number
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := <-ids
			mb := Upload(id)
			fmt.Printf("uploaded shard %d: %d MB\n", id, mb)
		}()
		ids <- i
	}
	wg.Wait()
	fmt.Printf("backup done: %d shards\n", n)
}
