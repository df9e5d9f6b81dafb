// A search indexer indexes a batch of documents in parallel and reports
// how many it indexed. Each goroutine registers itself with the WaitGroup.
package main

import (
	"fmt"
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
		wg.Add(1) // before the go statement: Wait cannot miss it
		go func(wg sync.WaitGroup) {
			defer wg.Done()
			ix.add(doc)
		}(wg)
	}

	wg.Wait() // waits for whoever has registered so far
	ix.mu.Lock()
	fmt.Printf("indexed %d of %d documents\n", len(ix.words), len(docs))
	ix.mu.Unlock()
}
