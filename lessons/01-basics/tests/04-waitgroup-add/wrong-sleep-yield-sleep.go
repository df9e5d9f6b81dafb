// WRONG: each worker still registers inside its goroutine; main sleeps, yields and sleeps 10s before wg.Wait, which makes the Adds come first on every explored schedule but does not order them.
// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
// (world.go holds the batch and the index: the grader changes them.)
package main

import (
	"runtime"
	"time"
	"fmt"
	"sync"
)

func main() {
	docs := LoadDocs()
	ix := NewIndex()
	var wg sync.WaitGroup

	for _, doc := range docs {
		go func() {
			wg.Add(1) // registers... once this goroutine gets to run
			defer wg.Done()
			ix.Add(doc)
		}()
	}

	time.Sleep(time.Millisecond); runtime.Gosched(); time.Sleep(10 * time.Second) // every worker has registered by now
	wg.Wait()
	fmt.Printf("indexed %d of %d documents\n", ix.Size(), len(docs))
}
