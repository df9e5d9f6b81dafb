// Retry with a per-attempt timeout and backoff on the virtual clock.
package main

import (
	"errors"
	"fmt"
	"time"
)

func attempt(n int) <-chan error {
	ch := make(chan error, 1)
	go func() {
		if n < 3 {
			time.Sleep(time.Second) // too slow
			ch <- nil
			return
		}
		time.Sleep(10 * time.Millisecond)
		ch <- errors.New("")
	}()
	return ch
}

func main() {
	start := time.Now()
	backoff := 50 * time.Millisecond
	for n := 1; n <= 5; n++ {
		select {
		case <-attempt(n):
			fmt.Println("attempt", n, "answered")
			time.Sleep(time.Second) // let the slow attempts finish
			fmt.Println("elapsed over 750ms:", time.Since(start) > 750*time.Millisecond)
			return
		case <-time.After(300 * time.Millisecond):
			fmt.Println("attempt", n, "timed out; retry in", backoff)
			time.Sleep(backoff)
			backoff *= 2
		}
	}
}

// Output:
// attempt 1 timed out; retry in 50ms
// attempt 2 timed out; retry in 100ms
// attempt 3 answered
// elapsed over 750ms: true
