// A thumbnailer resizes a batch of images (see world.go).
package main

import (
	"fmt"
	"sort"
	"sync"
)

var (
	mu     sync.Mutex
	thumbs []string
	failed []string
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

// "Done first, so no return can skip it."
func process(image string, wg *sync.WaitGroup) {
	wg.Done()
	thumb, err := Resize(image)
	record(image, thumb, err)
}

func main() {
	batch := Batch()
	var wg sync.WaitGroup
	wg.Add(len(batch))
	for _, image := range batch {
		go process(image, &wg)
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	sort.Strings(failed)
	for _, f := range failed {
		fmt.Println(f)
	}
	fmt.Printf("made %d thumbnails, %d failed\n", len(thumbs), len(failed))
}
