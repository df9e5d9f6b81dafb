// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: classes 2 and 3: a plain counter, polled with sleeps (a data race).
package main

import (
	"fmt"
	"time"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()
	finished := 0

	for _, doc := range docs {
		go func() {
			ix.Add(doc)
			finished++ // one more done
		}()
	}

	for finished < len(docs) { // poll until every worker says it is done
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
