// A thumbnail pipeline in three stages, each its own goroutine:
// decode -> `decoded` -> resize -> `resized` -> save.
// Each stage ranges over the channel before it; a range ends when that
// channel is closed. Corrupt files are skipped, so no stage knows in advance
// how many images will come.
//
// The channels are plain `chan Image` everywhere, so any stage may close any
// of them... The photo store is in world.go (Uploads, Decode, Resize, Save).
package main

import "fmt"

func decode(names []string, out chan Image) {
	for _, name := range names {
		img, ok := Decode(name)
		if !ok {
			continue // corrupt file: skip it
		}
		out <- img
	}
	close(out)
}

func resize(in chan Image, out chan Image) {
	for img := range in {
		out <- Resize(img)
	}
	close(in) // "done with this channel": the one it reads from
}

func save(in chan Image, saved chan int) {
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
