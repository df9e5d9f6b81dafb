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

func record(image, thumb string, err error) {
	mu.Lock()
	defer mu.Unlock()
	if err != nil {
		failed = append(failed, image+": "+err.Error())
		return
	}
	thumbs = append(thumbs, thumb)
}

// "The WaitGroup is the problem: wait long enough instead."
func main() {
	for _, image := range Batch() {
		go func() {
			thumb, err := Resize(image)
			record(image, thumb, err)
		}()
	}
	time.Sleep(time.Second)
	mu.Lock()
	defer mu.Unlock()
	sort.Strings(failed)
	for _, f := range failed {
		fmt.Println(f)
	}
	fmt.Printf("made %d thumbnails, %d failed\n", len(thumbs), len(failed))
}
