// A thumbnailer resizes a batch of images, one goroutine per image (see world.go).
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

var (
	mu     sync.Mutex
	thumbs []string
	failed []string
)

func process(image string) {
	thumb, err := Resize(image)
	mu.Lock()
	defer mu.Unlock()
	if err != nil {
		failed = append(failed, image+": "+err.Error())
		return
	}
	thumbs = append(thumbs, thumb)
}

// no WaitGroup to get wrong: wait until main is the only goroutine left.
func main() {
	for _, image := range Batch() {
		go process(image)
	}
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	sort.Strings(failed)
	for _, f := range failed {
		fmt.Println(f)
	}
	fmt.Printf("made %d thumbnails, %d failed\n", len(thumbs), len(failed))
}
