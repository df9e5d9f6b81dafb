// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: class 8: each worker awaited before the next one starts.
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
		go func() {
			defer wg.Done()
			ix.Add(doc)
		}()
		wg.Wait() // this one is done before the next starts
	}

	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
