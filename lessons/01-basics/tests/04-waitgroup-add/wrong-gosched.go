// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: class 2: yield once and hope every worker has registered.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()
	var wg sync.WaitGroup

	for _, doc := range docs {
		go func() {
			wg.Add(1)
			defer wg.Done()
			ix.Add(doc)
		}()
	}

	runtime.Gosched() // let the goroutines start and register
	wg.Wait()
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
