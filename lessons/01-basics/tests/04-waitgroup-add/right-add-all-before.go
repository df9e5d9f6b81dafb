// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: right: Add(len(docs)) once, before the loop.
package main

import (
	"fmt"
	"sync"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()
	var wg sync.WaitGroup

	wg.Add(len(docs)) // register the whole batch before starting it
	for _, doc := range docs {
		go func() {
			defer wg.Done()
			ix.Add(doc)
		}()
	}

	wg.Wait()
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
