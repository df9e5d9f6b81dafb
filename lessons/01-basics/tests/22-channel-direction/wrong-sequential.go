// A thumbnail pipeline in three stages, each its own goroutine:
// decode -> decoded -> resize -> resized -> save.
package main

import "fmt"

// No stages, no channels, nothing to close.
func main() {
	n := 0
	for _, name := range Uploads() {
		img, ok := Decode(name)
		if !ok {
			continue
		}
		Save(Resize(img))
		n++
	}
	fmt.Printf("saved %d thumbnails\n", n)
}
