// AfterFunc runs f in its own goroutine when the timer fires; Stop before
// that prevents it and reports true.
package main

import (
	"fmt"
	"time"
)

func main() {
	fired := make(chan string, 2)
	t1 := time.AfterFunc(50*time.Millisecond, func() { fired <- "t1" })
	t2 := time.AfterFunc(100*time.Millisecond, func() { fired <- "t2" })
	time.Sleep(70 * time.Millisecond)
	fmt.Println("stop t1:", t1.Stop())
	fmt.Println("stop t2:", t2.Stop())
	time.Sleep(time.Second)
	close(fired)
	for f := range fired {
		fmt.Println("fired", f)
	}
}

// Output:
// stop t1: false
// stop t2: true
// fired t1
