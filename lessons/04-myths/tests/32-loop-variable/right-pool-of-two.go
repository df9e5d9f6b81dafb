// The nightly backup uploads every shard of the database (see world.go),
// two at a time: a bounded pool still uploads the shards at the same time.
package main

import (
	"fmt"
	"sync"
)

func main() {
	n := Shards()
	ids := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range ids {
				mb := Upload(id)
				fmt.Printf("uploaded shard %d: %d MB\n", id, mb)
			}
		}()
	}
	for i := 0; i < n; i++ {
		ids <- i
	}
	close(ids)
	wg.Wait()
	fmt.Printf("backup done: %d shards\n", n)
}
