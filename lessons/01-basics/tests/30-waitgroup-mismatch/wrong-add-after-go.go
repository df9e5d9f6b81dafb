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

func main() {
	batch := Batch()
	var wg sync.WaitGroup
	for _, image := range batch {
		image := image
		go func() {
			defer wg.Done()
			thumb, err := Resize(image)
			record(image, thumb, err)
		}()
		wg.Add(1)
	}
	wg.Wait()
	report()
}
