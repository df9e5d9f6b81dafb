// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
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
			wg.Add(1) // registers... once this goroutine gets to run
			defer wg.Done()
			ix.Add(doc)
		}()
	}

	wg.Wait() // waits for whoever has registered so far
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
