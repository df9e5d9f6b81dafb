// RIGHT: no WaitGroup: each worker says it is done on `finished`; main counts three before closing results.
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
	finished := make(chan struct{})
	for i := 0; i < 3; i++ {
		go func() {
			defer func() { finished <- struct{}{} }()
			for u := range uploads {
				if out, err := safeResize(u); err != nil {
					results <- u + " -> failed: " + err.Error()
				} else {
					results <- u + " -> " + out
				}
			}
		}()
	}
	for _, u := range batch {
		uploads <- u
	}
	close(uploads)
	for i := 0; i < 3; i++ {
		<-finished
	}
	close(results)

	var done []string
	for r := range results {
		done = append(done, r)
	}
	sort.Strings(done)
	fmt.Println(strings.Join(done, "\n"))
}
