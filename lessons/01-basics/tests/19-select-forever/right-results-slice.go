// Each upload writes its own slot of a slice; main sums after wg.Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	files := Pending()
	sizes := make([]int, len(files))
	var wg sync.WaitGroup
	for i, name := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sizes[i] = Upload(name)
		}()
	}
	wg.Wait()
	total := 0
	for _, n := range sizes {
		total += n
	}
	fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
}
