// A thumbnailer resizes a batch of images, one goroutine per image (see world.go).
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

func process(image string, wg *sync.WaitGroup) {
	defer wg.Done()
	thumb, err := Resize(image)
	if err != nil {
		failed = append(failed, image+": "+err.Error()) // failures are rare
		return
	}
	mu.Lock()
	thumbs = append(thumbs, thumb)
	mu.Unlock()
}

func main() {
	batch := Batch()
	var wg sync.WaitGroup
	wg.Add(len(batch))
	for _, image := range batch {
		go process(image, &wg)
	}
	wg.Wait()
	sort.Strings(failed)
	for _, f := range failed {
		fmt.Println(f)
	}
	fmt.Printf("made %d thumbnails, %d failed\n", len(thumbs), len(failed))
}
