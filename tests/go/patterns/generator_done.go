// A generator that stops when its consumer closes done: no goroutine is left
// behind after an early stop.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func fib(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		a, b := 0, 1
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	for v := range fib(done) {
		if v > 100 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	close(done)
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}

// Output:
// 0 1 1 2 3 5 8 13 21 34 55 89 
// goroutines: 1
