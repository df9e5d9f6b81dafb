// sieve: the concurrent prime sieve (a goroutine and a channel per prime)
// printing the 1000th prime. Measures a long pipeline of hand-offs.
package main

import (
	"fmt"
	"os"
)

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	p := 0
	for i := 0; i < 1000; i++ {
		p = <-ch
		ch1 := make(chan int)
		go filter(ch, ch1, p)
		ch = ch1
	}
	fmt.Println(p)
	os.Exit(0) // the filters are left blocked, as in Go; skip gorolab's leak report
}
