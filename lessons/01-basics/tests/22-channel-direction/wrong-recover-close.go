// A thumbnail pipeline in three stages, each its own goroutine:
// decode -> decoded -> resize -> resized -> save.
package main

import "fmt"

func decode(names []string, out chan<- Image) {
	defer close(out)
	for _, name := range names {
		img, ok := Decode(name)
		if !ok {
			continue
		}
		out <- img
	}
}

func resize(in chan Image, out chan<- Image) {
	defer close(out)
	for img := range in {
		out <- Resize(img)
	}
	func() {
		defer func() { recover() }() // in case it is closed already
		close(in)
	}()
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

	go decode(Uploads(), decoded)
	go resize(decoded, resized)
	go save(resized, saved)

	fmt.Printf("saved %d thumbnails\n", <-saved)
}
