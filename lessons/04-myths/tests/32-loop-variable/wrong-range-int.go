// The nightly backup uploads every shard of the database, all at once (see world.go).
package main

import (
	"fmt"
	"sync"
)

func main() {
	n := Shards()
	var wg sync.WaitGroup
	for i := range n { // a fresh i per iteration, surely
		wg.Add(1)
		go func() {
			defer wg.Done()
			mb := Upload(i)
			fmt.Printf("uploaded shard %d: %d MB\n", i, mb)
		}()
	}
	wg.Wait()
	fmt.Printf("backup done: %d shards\n", n)
}
