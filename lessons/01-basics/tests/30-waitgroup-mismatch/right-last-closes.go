// A thumbnailer resizes a batch of images, one goroutine per image (see world.go).
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
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

// The last goroutine to finish closes all: an atomic countdown.
func main() {
	batch := Batch()
	if len(batch) == 0 {
		report()
		return
	}
	left := int64(len(batch))
	all := make(chan struct{})
	for _, image := range batch {
		image := image
		go func() {
			thumb, err := Resize(image)
			record(image, thumb, err)
			if atomic.AddInt64(&left, -1) == 0 {
				close(all)
			}
		}()
	}
	<-all
	report()
}
