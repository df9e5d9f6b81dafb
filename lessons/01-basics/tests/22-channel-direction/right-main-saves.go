// A thumbnail pipeline: decode -> decoded -> resize -> resized -> main saves.
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

func main() {
	decoded := make(chan Image)
	resized := make(chan Image)
	go decode(Uploads(), decoded)
	go resize(decoded, resized)

	n := 0
	for img := range resized { // main is the save stage: it never closes what it reads
		Save(img)
		n++
	}
	fmt.Printf("saved %d thumbnails\n", n)
}
