// RIGHT: each worker registers inside its goroutine, then takes main's
// go-ahead in a select on an unbuffered channel: main's send completes only
// after that receive, so every Add happens before wg.Wait.
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

	goAhead := make(chan struct{})
	for _, doc := range docs {
		go func() {
			wg.Add(1) // registers before taking the go-ahead
			select {
			case <-goAhead:
			}
			defer wg.Done()
			ix.Add(doc)
		}()
	}
	for range docs {
		goAhead <- struct{}{} // completes once a worker has registered and received it
	}

	wg.Wait()
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
