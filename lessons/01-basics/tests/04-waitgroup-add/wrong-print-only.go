// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: class 1: prints the expected text, does not wait for the work.
package main

import (
	"fmt"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()
	for _, doc := range docs {
		go ix.Add(doc)
	}
	// every document was handed to a worker, so the batch is indexed
	fmt.Printf("indexed %d of %d documents\n", len(docs), len(docs))
}
