// Directional channel types: a bidirectional channel converts implicitly to
// chan<- and <-chan; functions state which end they use.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func doubler(in <-chan int, out chan<- int) {
	for v := range in {
		out <- 2 * v
	}
	close(out)
}

func consumer(in <-chan int) (sum int) {
	for v := range in {
		sum += v
	}
	return
}

func main() {
	a := make(chan int)
	b := make(chan int, 2)
	go producer(a, 5)
	go doubler(a, b)
	fmt.Println(consumer(b))
	var send chan<- int = b
	var recv <-chan int = b
	fmt.Printf("%T %T %T\n", b, send, recv)
}

// Output:
// 20
// chan int chan<- int <-chan int
