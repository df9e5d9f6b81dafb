// The indexer's world: the batch of documents and the search index with
// its slow tokenizer. Not yours to edit: the grader runs other batches and
// other tokenizer speeds.
//
// Arguments (defaults: the story's batch):
//
//	-docs=go,channel,select  the documents to index, comma-separated
//	-tokenize=10ms           tokenizing time per byte of a document
package main

import (
	"os"
	"strings"
	"sync"
	"time"
)

// Index is the search index. Add and Size are safe for concurrent use.
type Index struct {
	mu    sync.Mutex
	words map[string]int
}

func NewIndex() *Index { return &Index{words: map[string]int{}} }

// Add tokenizes doc (slowly) and records it in the index.
func (ix *Index) Add(doc string) {
	time.Sleep(time.Duration(len(doc)) * tokenize) // tokenizing is slow
	ix.mu.Lock()
	ix.words[doc]++
	ix.mu.Unlock()
}

// Size is the number of distinct documents indexed so far.
func (ix *Index) Size() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.words)
}

var tokenize = 10 * time.Millisecond

// LoadDocs returns the batch to index.
func LoadDocs() []string {
	docs := []string{"go", "channel", "select", "mutex", "context", "timer", "errgroup", "deadlock"}
	for _, arg := range os.Args[1:] {
		key, value, _ := strings.Cut(strings.TrimPrefix(arg, "-"), "=")
		switch key {
		case "docs":
			docs = strings.Split(value, ",")
		case "tokenize":
			if d, err := time.ParseDuration(value); err == nil {
				tokenize = d
			}
		}
	}
	return docs
}
