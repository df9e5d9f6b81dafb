// RIGHT: no worker pool: a goroutine per upload (three at a time), each recovering its own panic.
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

// resizeOne resizes one upload in a goroutine of its own; a panic there is
// recovered and reported as the upload's failure.
func resizeOne(u string, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if p := recover(); p != nil {
			results <- fmt.Sprintf("%s -> failed: %v", u, p)
		}
	}()
	results <- u + " -> " + Resize(u)
}

func main() {
	batch := UploadBatch()
	results := make(chan string, len(batch))
	slots := make(chan struct{}, 3) // three resizes at a time, as with three workers
	var wg sync.WaitGroup
	for _, u := range batch {
		slots <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-slots }()
			resizeOne(u, results, &wg)
		}()
	}
	wg.Wait()
	close(results)

	var done []string
	for r := range results {
		done = append(done, r)
	}
	sort.Strings(done)
	fmt.Println(strings.Join(done, "\n"))
}
