// RIGHT: each worker registers inside its goroutine, but main waits for every worker's `started` signal before wg.Wait.
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

	started := make(chan struct{})
	for _, doc := range docs {
		go func() {
			wg.Add(1) // registers before telling main it started
			started <- struct{}{}
			defer wg.Done()
			ix.Add(doc)
		}()
	}
	for range docs {
		<-started // every worker has registered: now Wait counts them all
	}

	wg.Wait()
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
