// A thumbnailer resizes a batch of images, one goroutine per image (see world.go).
package main

import (
	"fmt"
	"sort"
	"sync"
)

var (
	mu     sync.Mutex
	thumbs []string // thumbnails made
	failed []string // "image: error"
)

func record(image, thumb string, err error) {
	mu.Lock()
	defer mu.Unlock()
	if err != nil {
		failed = append(failed, image+": "+err.Error())
		return
	}
	thumbs = append(thumbs, thumb)
}

func report() {
	sort.Strings(failed)
	for _, f := range failed {
		fmt.Println(f)
	}
	fmt.Printf("made %d thumbnails, %d failed\n", len(thumbs), len(failed))
}

// two workers are plenty for a thumbnailer.
func main() {
	batch := Batch()
	jobs := make(chan string)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for image := range jobs {
				thumb, err := Resize(image)
				record(image, thumb, err)
			}
		}()
	}
	for _, image := range batch {
		jobs <- image
	}
	close(jobs)
	wg.Wait()
	report()
}
