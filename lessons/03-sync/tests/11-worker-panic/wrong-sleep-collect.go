// An image service resizes a batch of uploads with three workers. Each
// upload is "WxH"; one of them is malformed. (The batch and the image
// library's Resize are in world.go.)
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

func worker(uploads <-chan string, results chan<- string) {
	for u := range uploads {
		func() {
			defer func() {
				if r := recover(); r != nil {
					results <- fmt.Sprintf("%s -> failed: %v", u, r)
				}
			}()
			results <- u + " -> " + Resize(u)
		}()
	}
}

func main() {
	batch := UploadBatch()
	uploads := make(chan string, len(batch))
	results := make(chan string, len(batch))
	for i := 0; i < 3; i++ {
		go worker(uploads, results)
	}
	for _, u := range batch {
		uploads <- u
	}
	close(uploads)
	time.Sleep(500 * time.Millisecond) // the biggest image takes 192ms

	var done []string
	for drained := false; !drained; {
		select {
		case r := <-results:
			done = append(done, r)
		default:
			drained = true
		}
	}
	sort.Strings(done)
	fmt.Println(strings.Join(done, "\n"))
}
