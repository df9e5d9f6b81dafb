// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type Index struct {
	mu    sync.Mutex
	words map[string]int
}

func (ix *Index) add(doc string) {
	time.Sleep(time.Duration(10*len(doc)) * time.Millisecond) // tokenizing is slow
	ix.mu.Lock()
	ix.words[doc]++
	ix.mu.Unlock()
}

func main() {
	docs := []string{"go", "channel", "select", "mutex", "context", "timer", "errgroup", "deadlock"}
	ix := &Index{words: map[string]int{}}
	var wg sync.WaitGroup

	for _, doc := range docs {
		go func() {
			wg.Add(1) // registers... once this goroutine gets to run
			defer wg.Done()
			ix.add(doc)
		}()
	}

	runtime.Gosched() // let the goroutines start and register
	wg.Wait()
	ix.mu.Lock()
	fmt.Printf("indexed %d of %d documents\n", len(ix.words), len(docs))
	ix.mu.Unlock()
}
