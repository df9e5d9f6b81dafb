// A thumbnail pipeline in three stages, each its own goroutine:
// decode -> `decoded` -> resize -> `resized` -> save.
// Each stage closes the channel it sends on, after its last send, and the
// parameter types say which way each channel goes: the compiler rejects a
// close of a receive-only (`<-chan`) channel. The photo store is in world.go.
package main

import "fmt"

func decode(names []string, out chan<- Image) {
	defer close(out) // decode is the only sender on out: it owns the close
	for _, name := range names {
		img, ok := Decode(name)
		if !ok {
			continue // corrupt file: skip it
		}
		out <- img
	}
}

func resize(in <-chan Image, out chan<- Image) {
	defer close(out) // close(in) here would not compile: in is receive-only
	for img := range in {
		out <- Resize(img)
	}
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

	go decode(Uploads(), decoded) // a chan Image converts to either direction
	go resize(decoded, resized)
	go save(resized, saved)

	fmt.Printf("saved %d thumbnails\n", <-saved)
}
