// The nightly backup uploads every shard of the database, all at once (see world.go).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	n := Shards()
	var next int64 = -1
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := int(atomic.AddInt64(&next, 1)) // each goroutine takes its own ticket
			mb := Upload(id)
			fmt.Printf("uploaded shard %d: %d MB\n", id, mb)
		}()
	}
	wg.Wait()
	fmt.Printf("backup done: %d shards\n", n)
}
