// A thumbnailer resizes a batch of images (see world.go).
package main

import (
	"fmt"
	"sort"
	"sync"

	"golang.org/x/sync/errgroup"
)

var (
	mu     sync.Mutex
	thumbs []string
	failed []string
)

// An errgroup counts its goroutines itself; a failed image is recorded, not
// returned, so the others still run.
func main() {
	var g errgroup.Group
	for _, image := range Batch() {
		g.Go(func() error {
			thumb, err := Resize(image)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed = append(failed, image+": "+err.Error())
				return nil
			}
			thumbs = append(thumbs, thumb)
			return nil
		})
	}
	g.Wait()
	sort.Strings(failed)
	for _, f := range failed {
		fmt.Println(f)
	}
	fmt.Printf("made %d thumbnails, %d failed\n", len(thumbs), len(failed))
}
