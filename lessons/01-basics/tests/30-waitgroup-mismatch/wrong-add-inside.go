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

// "Each goroutine counts itself in."
func main() {
	batch := Batch()
	var wg sync.WaitGroup
	for _, image := range batch {
		go func() {
			wg.Add(1)
			defer wg.Done()
			thumb, err := Resize(image)
			record(image, thumb, err)
		}()
	}
	wg.Wait()
	sort.Strings(failed)
	for _, f := range failed {
		fmt.Println(f)
	}
	fmt.Printf("made %d thumbnails, %d failed\n", len(thumbs), len(failed))
}
