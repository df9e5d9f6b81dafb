// The nightly backup uploads every shard of the database, all at once.
// The database and the backup store are in world.go. Built with Go 1.21.
package main

import (
	"fmt"
	"sync"
)

func main() {
	n := Shards()
	var wg sync.WaitGroup
	jobs := make(chan int)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				fmt.Printf("uploaded shard %d: %d MB\n", id, Upload(id))
			}
		}()
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fmt.Printf("backup done: %d shards\n", n)
}
