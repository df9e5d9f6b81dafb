// The nightly backup uploads every shard of the database, all at once (see world.go).
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
		go func(p *int) { // pass it in, like the docs say
			defer wg.Done()
			mb := Upload(*p)
			fmt.Printf("uploaded shard %d: %d MB\n", *p, mb)
		}(&i)
	}
	wg.Wait()
	fmt.Printf("backup done: %d shards\n", n)
}
