// Sleeps end in order of their virtual deadlines, whatever order the
// goroutines started in.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	for _, ms := range []int{30, 10, 50, 20, 40} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			done <- fmt.Sprint(ms, "ms")
		}(ms)
	}
	for i := 0; i < 5; i++ {
		fmt.Println(<-done)
	}
}

// Output:
// 10ms
// 20ms
// 30ms
// 40ms
// 50ms
