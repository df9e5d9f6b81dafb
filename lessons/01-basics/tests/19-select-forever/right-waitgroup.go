// A nightly backup job uploads the day's files to the object store, one
// goroutine per file, and a reporter prints the summary.
package main

import (
	"fmt"
	"sync"
)

func main() {
	files := Pending()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total int
	)
	for _, name := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := Upload(name)
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	wg.Wait() // every upload has returned
	fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
}
