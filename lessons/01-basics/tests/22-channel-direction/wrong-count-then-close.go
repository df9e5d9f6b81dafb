// A thumbnail pipeline in three stages, each its own goroutine:
// decode -> decoded -> resize -> resized -> save.
package main

import "fmt"

// decode no longer closes: resize knows how many images there are.
func decode(names []string, out chan Image) {
	for _, name := range names {
		img, ok := Decode(name)
		if !ok {
			continue
		}
		out <- img
	}
}

func resize(in chan Image, out chan Image, n int) {
	for i := 0; i < n; i++ {
		out <- Resize(<-in)
	}
	close(in) // the reader closes: it has read them all
	close(out)
}

func save(in <-chan Image, saved chan<- int) {
	n := 0
	for img := range in {
		Save(img)
		n++
	}
	saved <- n
}

func main() {
	decoded := make(chan Image)
	resized := make(chan Image)
	saved := make(chan int)

	names := Uploads()
	go decode(names, decoded)
	go resize(decoded, resized, len(names))
	go save(resized, saved)

	fmt.Printf("saved %d thumbnails\n", <-saved)
}
