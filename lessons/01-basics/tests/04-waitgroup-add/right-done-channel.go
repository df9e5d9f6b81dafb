// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: right: no WaitGroup, one done message per document.
package main

import (
	"fmt"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()
	done := make(chan string)

	for _, doc := range docs {
		go func() {
			ix.Add(doc)
			done <- doc
		}()
	}

	for range docs { // one receive per document started
		<-done
	}
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
