// RIGHT: a pool of four workers, each counted with wg.Add before it starts, indexes the documents from a queue.
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

	queue := make(chan string)
	for w := 0; w < 4; w++ { // a pool of four indexers
		wg.Add(1)
		go func() {
			defer wg.Done()
			for doc := range queue {
				ix.Add(doc)
			}
		}()
	}
	for _, doc := range docs {
		queue <- doc
	}
	close(queue)

	wg.Wait()
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
