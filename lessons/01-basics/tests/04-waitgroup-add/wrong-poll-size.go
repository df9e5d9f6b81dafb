// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: class 2: polls the index with sleeps until it holds as many documents as the batch.
package main

import (
	"fmt"
	"time"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()

	for _, doc := range docs {
		go ix.Add(doc)
	}

	for ix.Size() < len(docs) { // wait until the index has them all
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
