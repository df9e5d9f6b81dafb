// runtime.NumGoroutine counts the goroutines that exist, blocked or not.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	for i := 0; i < 4; i++ {
		go func() {
			<-release
		}()
	}
	time.Sleep(time.Millisecond)
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(release)
	time.Sleep(time.Millisecond)
	fmt.Println("after release:", runtime.NumGoroutine())
}

// Output:
// at start: 1
// while blocked: 5
// after release: 1
