// A thumbnail pipeline in three stages, each its own goroutine:
// decode -> decoded -> resize -> resized -> save.
package main

import "fmt"

// Each stage makes its own output channel, closes it, and hands it out
// receive-only: nobody else can even try to close it.
func decode(names []string) <-chan Image {
	out := make(chan Image)
	go func() {
		defer close(out)
		for _, name := range names {
			if img, ok := Decode(name); ok {
				out <- img
			}
		}
	}()
	return out
}

func resize(in <-chan Image) <-chan Image {
	out := make(chan Image)
	go func() {
		defer close(out)
		for img := range in {
			out <- Resize(img)
		}
	}()
	return out
}

func save(in <-chan Image) <-chan int {
	saved := make(chan int, 1)
	go func() {
		n := 0
		for img := range in {
			Save(img)
			n++
		}
		saved <- n
	}()
	return saved
}

func main() {
	fmt.Printf("saved %d thumbnails\n", <-save(resize(decode(Uploads()))))
}
