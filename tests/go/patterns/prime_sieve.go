// The concurrent prime sieve from the Go tour: a chain of filter goroutines,
// one per prime found; a done channel stops the whole chain at the end so
// no goroutine is left blocked.
package main

import "fmt"

func generate(done <-chan struct{}, ch chan<- int) {
	for i := 2; ; i++ {
		select {
		case ch <- i:
		case <-done:
			return
		}
	}
}

func filter(done <-chan struct{}, in <-chan int, out chan<- int, prime int) {
	for {
		select {
		case i := <-in:
			if i%prime != 0 {
				select {
				case out <- i:
				case <-done:
					return
				}
			}
		case <-done:
			return
		}
	}
}

func main() {
	done := make(chan struct{})
	ch := make(chan int)
	go generate(done, ch)
	for i := 0; i < 10; i++ {
		prime := <-ch
		fmt.Println(prime)
		ch1 := make(chan int)
		go filter(done, ch, ch1, prime)
		ch = ch1
	}
	close(done)
}

// Output:
// 2
// 3
// 5
// 7
// 11
// 13
// 17
// 19
// 23
// 29
