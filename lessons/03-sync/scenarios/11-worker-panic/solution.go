// An image service resizes a batch of uploads with three workers. Each
// upload is "WxH"; one of them is malformed. (The batch and the image
// library's Resize are in world.go.)
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func worker(uploads <-chan string, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for u := range uploads {
		out, err := safeResize(u)
		if err != nil {
			results <- u + " -> failed: " + err.Error()
			continue
		}
		results <- u + " -> " + out
	}
}

// safeResize turns a panic in one upload into an error for that upload;
// the worker lives on and takes the next one.
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
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(uploads, results, &wg)
	}
	for _, u := range batch {
		uploads <- u
	}
	close(uploads)
	wg.Wait()
	close(results)

	var done []string
	for r := range results {
		done = append(done, r)
	}
	sort.Strings(done)
	fmt.Println(strings.Join(done, "\n"))
}
