// A WaitGroup for the uploads, but every upload adds to one plain variable.
package main

import (
	"fmt"
	"sync"
)

func main() {
	files := Pending()
	var wg sync.WaitGroup
	total := 0
	for _, name := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			total += Upload(name)
		}()
	}
	wg.Wait()
	fmt.Printf("uploaded %d files, %d bytes\n", len(files), total)
}
