// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: class 4: atomic Load then Store, not one Add; a lost update spins main forever.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()
	var finished atomic.Int64

	for _, doc := range docs {
		go func() {
			ix.Add(doc)
			finished.Store(finished.Load() + 1) // atomic, so safe?
		}()
	}

	for finished.Load() < int64(len(docs)) { // wait until every worker is done
		time.Sleep(time.Millisecond)
	}
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
