// A request carries its own reply channel: a server goroutine answers each
// client on the channel the client sent.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Println(i, "->", <-r.reply)
	}
	close(reqs)

	chans := make(chan chan string, 1)
	inner := make(chan string, 1)
	chans <- inner
	(<-chans) <- "through a channel of channels"
	fmt.Println(<-inner)
}

// Output:
// 1 -> 1
// 2 -> 4
// 3 -> 9
// 4 -> 16
// through a channel of channels
