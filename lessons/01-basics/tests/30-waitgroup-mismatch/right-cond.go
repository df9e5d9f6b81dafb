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
	var m sync.Mutex
	done := sync.NewCond(&m)
	left := len(batch)
	for _, image := range batch {
		go func(image string) {
			thumb, err := Resize(image)
			record(image, thumb, err)
			m.Lock()
			left--
			m.Unlock()
			done.Signal()
		}(image)
	}
	m.Lock()
	for left > 0 {
		done.Wait()
	}
	m.Unlock()
	report()
}
