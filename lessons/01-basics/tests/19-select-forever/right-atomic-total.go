// Each upload adds its size to an atomic total; a WaitGroup says when all are done.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	files := Pending()
	var wg sync.WaitGroup
	var total atomic.Int64
	for _, name := range files {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			total.Add(int64(Upload(name)))
		}(name)
	}
	wg.Wait()
	fmt.Printf("uploaded %d files, %d bytes\n", len(files), total.Load())
}
