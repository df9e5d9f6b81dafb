// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: class 2: a sleep before Wait instead of Add before go.
package main

import (
	"fmt"
	"sync"
	"time"
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

	time.Sleep(time.Second) // give every worker time to register
	wg.Wait()
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
