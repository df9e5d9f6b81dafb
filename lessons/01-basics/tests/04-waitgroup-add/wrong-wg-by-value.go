// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: Add before go, but each worker gets a copy of the WaitGroup.
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
		wg.Add(1)
		go func(wg sync.WaitGroup) { // a copy: its Done is not main's
			defer wg.Done()
			ix.Add(doc)
		}(wg)
	}

	wg.Wait()
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
