// An image service resizes a batch of uploads with three workers. Each
// upload is "WxH"; one of them is malformed. (The batch and the image
// library's Resize are in world.go.)
package main

import (
	"fmt"
	"sort"
	"strings"
)

func safeResize(u string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprintf("failed: %v", r)
		}
	}()
	return Resize(u)
}

func main() { // no workers, no goroutine to crash
	var done []string
	for _, u := range UploadBatch() {
		done = append(done, u+" -> "+safeResize(u))
	}
	sort.Strings(done)
	fmt.Println(strings.Join(done, "\n"))
}
