// The resize stage makes the thumbnail itself, without calling Resize.
package main

import "fmt"

func decode(names []string, out chan<- Image) {
	defer close(out)
	for _, name := range names {
		if img, ok := Decode(name); ok {
			out <- img
		}
	}
}

func resize(in <-chan Image, out chan<- Image) {
	defer close(out)
	for img := range in {
		out <- Image{Name: "thumb-" + img.Name, Width: img.Width / 2}
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
	go decode(Uploads(), decoded)
	go resize(decoded, resized)
	go save(resized, saved)
	fmt.Printf("saved %d thumbnails\n", <-saved)
}
