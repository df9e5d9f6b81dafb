// An unbuffered send completes only when a receiver takes the value: the
// two goroutines meet, so "received" always follows "sending".
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("receiver ready")
		fmt.Println("received", <-ch)
		done <- true
	}()
	fmt.Println("sending")
	start := time.Now()
	ch <- "parcel"
	fmt.Println("send returned after receiver was ready:", time.Since(start) >= 10*time.Millisecond)
	<-done
}

// Output:
// sending
// receiver ready
// received parcel
// send returned after receiver was ready: true
