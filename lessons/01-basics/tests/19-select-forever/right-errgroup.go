// A nightly backup job uploads the day's files to the object store, one
// goroutine per file, and a reporter prints the summary.
package main

import (
	"fmt"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

func main() {
	files := Pending()
	var total atomic.Int64
	var g errgroup.Group
	for _, name := range files {
		g.Go(func() error {
			total.Add(int64(Upload(name)))
			return nil
		})
	}
	g.Wait()
	fmt.Printf("uploaded %d files, %d bytes\n", len(files), total.Load())
}
