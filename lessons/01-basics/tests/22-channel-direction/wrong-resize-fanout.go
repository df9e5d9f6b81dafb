// resize starts one goroutine per image to go faster, and waits for them
// before closing its output.
package main

import (
	"fmt"
	"sync"
)

func decode(names []string, out chan<- Image) {
	defer close(out)
	for _, name := range names {
		if img, ok := Decode(name); ok {
			out <- img
		}
	}
}

func resize(in <-chan Image, out chan<- Image) {
	var wg sync.WaitGroup
	for img := range in {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- Resize(img)
		}()
	}
	wg.Wait()
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
	go decode(Uploads(), decoded)
	go resize(decoded, resized)
	go save(resized, saved)
	fmt.Printf("saved %d thumbnails\n", <-saved)
}
