// A thumbnailer resizes a batch of images, one goroutine per image, and
// reports the thumbnails made and the images that failed. The images and
// the image library (Batch, Resize) are in world.go.
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

// process resizes one image and records the outcome. It takes the
// WaitGroup by pointer (a copy would count down a counter nobody waits on)
// and defers Done, so every way out of the function is counted once.
func process(image string, wg *sync.WaitGroup) {
	defer wg.Done()
	thumb, err := Resize(image)
	mu.Lock()
	defer mu.Unlock()
	if err != nil {
		failed = append(failed, image+": "+err.Error())
		return
	}
	thumbs = append(thumbs, thumb)
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
