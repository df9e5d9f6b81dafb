// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
// Fixture: class 5: a mutex around the read and around the write, not around both; main polls.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()
	var mu sync.Mutex
	finished := 0

	for _, doc := range docs {
		go func() {
			ix.Add(doc)
			mu.Lock()
			n := finished // read under the lock
			mu.Unlock()
			n++
			mu.Lock()
			finished = n // write under the lock
			mu.Unlock()
		}()
	}

	for {
		mu.Lock()
		done := finished == len(docs)
		mu.Unlock()
		if done {
			break
		}
		time.Sleep(time.Millisecond)
	}
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
