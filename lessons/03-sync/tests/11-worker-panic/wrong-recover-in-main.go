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
		results <- u + " -> " + Resize(u)
	}
}

func main() {
	defer func() {
		if r := recover(); r != nil { // catch any panic
			fmt.Println("recovered:", r)
		}
	}()
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
