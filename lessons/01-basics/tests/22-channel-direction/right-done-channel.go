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

func resize(in <-chan Image, out chan<- Image) {
	defer close(out)
	for img := range in {
		out <- Resize(img)
	}
}

// save reports through a variable and says it is finished by closing done:
// done has no sends at all, save is its only closer.
func save(in <-chan Image, n *int, done chan<- struct{}) {
	defer close(done)
	for img := range in {
		Save(img)
		*n++
	}
}

func main() {
	decoded := make(chan Image)
	resized := make(chan Image)
	done := make(chan struct{})
	n := 0

	go decode(Uploads(), decoded)
	go resize(decoded, resized)
	go save(resized, &n, done)

	<-done
	fmt.Printf("saved %d thumbnails\n", n)
}
