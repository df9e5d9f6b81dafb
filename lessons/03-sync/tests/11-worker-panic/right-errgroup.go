// RIGHT: errgroup runs the three workers; each recovers a panic per upload; results is closed after g.Wait.
package main

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/sync/errgroup"
)

func safeResize(u string) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return Resize(u), nil
}

func main() {
	batch := UploadBatch()
	uploads := make(chan string)
	results := make(chan string, len(batch))
	var g errgroup.Group
	for i := 0; i < 3; i++ {
		g.Go(func() error {
			for u := range uploads {
				out, err := safeResize(u)
				if err != nil {
					results <- u + " -> failed: " + err.Error()
					continue
				}
				results <- u + " -> " + out
			}
			return nil
		})
	}
	for _, u := range batch {
		uploads <- u
	}
	close(uploads)
	g.Wait()
	close(results)

	var done []string
	for r := range results {
		done = append(done, r)
	}
	sort.Strings(done)
	fmt.Println(strings.Join(done, "\n"))
}
