// RIGHT: no WaitGroup: each worker, done, waits in a select for main to
// collect it on an unbuffered channel; main's three sends complete only
// after the workers' receives, so every report is sent before the close.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func safeResize(u string) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return Resize(u), nil
}

func main() {
	batch := UploadBatch()
	uploads := make(chan string)
	results := make(chan string, len(batch))
	collect := make(chan struct{})
	for i := 0; i < 3; i++ {
		go func() {
			for u := range uploads {
				if out, err := safeResize(u); err != nil {
					results <- u + " -> failed: " + err.Error()
				} else {
					results <- u + " -> " + out
				}
			}
			select {
			case <-collect:
			}
		}()
	}
	for _, u := range batch {
		uploads <- u
	}
	close(uploads)
	for i := 0; i < 3; i++ {
		collect <- struct{}{}
	}
	close(results)

	var done []string
	for r := range results {
		done = append(done, r)
	}
	sort.Strings(done)
	fmt.Println(strings.Join(done, "\n"))
}
