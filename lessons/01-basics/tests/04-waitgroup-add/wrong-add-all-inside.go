// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: Add of the whole batch, still inside each goroutine.
package main

import (
	"fmt"
	"sync"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()
	var wg sync.WaitGroup

	for _, doc := range docs {
		go func() {
			wg.Add(len(docs)) // register the whole batch
			defer wg.Done()
			ix.Add(doc)
		}()
	}

	wg.Wait()
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
