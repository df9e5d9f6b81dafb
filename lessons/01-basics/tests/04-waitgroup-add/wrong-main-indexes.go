// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: class 8: the concurrency deleted, main indexes everything itself.
package main

import (
	"fmt"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()
	for _, doc := range docs {
		ix.Add(doc) // no goroutines, nothing to wait for
	}
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
