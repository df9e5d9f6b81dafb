// A thumbnailer resizes a batch of images (see world.go).
package main

import (
	"fmt"
	"sort"
)

type outcome struct {
	image, thumb string
	err          error
}

// Each goroutine sends exactly one outcome, whatever happens; main receives
// as many as it started. No shared slices, no WaitGroup.
func main() {
	batch := Batch()
	out := make(chan outcome)
	for _, image := range batch {
		go func() {
			thumb, err := Resize(image)
			out <- outcome{image, thumb, err}
		}()
	}
	var thumbs, failed []string
	for range batch {
		o := <-out
		if o.err != nil {
			failed = append(failed, o.image+": "+o.err.Error())
		} else {
			thumbs = append(thumbs, o.thumb)
		}
	}
	sort.Strings(failed)
	for _, f := range failed {
		fmt.Println(f)
	}
	fmt.Printf("made %d thumbnails, %d failed\n", len(thumbs), len(failed))
}
