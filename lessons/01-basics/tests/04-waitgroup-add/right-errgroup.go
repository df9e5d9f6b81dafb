// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: right: errgroup.Group.Go, which counts before it starts.
package main

import (
	"fmt"
	"golang.org/x/sync/errgroup"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()
	var g errgroup.Group

	for _, doc := range docs {
		g.Go(func() error { // Go registers the goroutine before starting it
			ix.Add(doc)
			return nil
		})
	}

	g.Wait()
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
