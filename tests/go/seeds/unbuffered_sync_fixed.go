// Fixed: start the receiver first (or give the channel a buffer), and wait
// for the work to finish.
package main

import "fmt"

func main() {
	jobs := make(chan string)
	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("working on", <-jobs)
	}()
	jobs <- "resize image"
	fmt.Println("submitted")
	<-done

	queue := make(chan string, 1)
	queue <- "thumbnail" // room in the buffer: no receiver needed yet
	fmt.Println("queued", <-queue)
}

// Unordered output:
// working on resize image
// submitted
// queued thumbnail
