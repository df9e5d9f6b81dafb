// The nightly backup uploads every shard of the database, all at once (see world.go).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	n := Shards()
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := i
			mb := Upload(id)
			fmt.Printf("uploaded shard %d: %d MB\n", id, mb)
		}()
		runtime.Gosched() // let it copy i before the loop moves on
	}
	wg.Wait()
	fmt.Printf("backup done: %d shards\n", n)
}
