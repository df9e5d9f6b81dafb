// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: right: a named worker, the WaitGroup passed by pointer.
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
		go worker(ix, doc, &wg)
	}

	wg.Wait()
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}

// worker indexes one document and tells wg it is done.
func worker(ix *Index, doc string, wg *sync.WaitGroup) {
	defer wg.Done()
	ix.Add(doc)
}
