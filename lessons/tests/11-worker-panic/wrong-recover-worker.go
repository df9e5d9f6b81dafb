// An image service resizes a batch of uploads with three workers. Each
// upload is "WxH"; one of them is malformed.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// resize parses "WxH" and halves it. A malformed size makes it panic.
func resize(upload string) string {
	parts := strings.Split(upload, "x")
	w, _ := strconv.Atoi(parts[0])
	h, _ := strconv.Atoi(parts[1]) // "640" has no parts[1]
	time.Sleep(time.Duration(w/10) * time.Millisecond)
	return fmt.Sprintf("%dx%d", w/2, h/2)
}

func worker(uploads <-chan string, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("worker recovered:", r)
		}
	}()
	for u := range uploads {
		results <- u + " -> " + resize(u)
	}
}

func main() {
	batch := []string{"800x600", "1024x768", "640", "1920x1080", "320x240", "1280x720"}
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
