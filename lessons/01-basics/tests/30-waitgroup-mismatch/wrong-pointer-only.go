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

// go vet is happy: the WaitGroup is passed by pointer. The early return
// still skips Done.
func process(image string, wg *sync.WaitGroup) {
	thumb, err := Resize(image)
	if err != nil {
		mu.Lock()
		failed = append(failed, image+": "+err.Error())
		mu.Unlock()
		return
	}
	mu.Lock()
	thumbs = append(thumbs, thumb)
	mu.Unlock()
	wg.Done()
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
