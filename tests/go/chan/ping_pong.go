// Two goroutines pass a ball back and forth over unbuffered channels; the
// hand-offs force the order of every line.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string) {
	for b := range in {
		b.hits++
		fmt.Println(name, b.hits)
		if b.hits == 6 {
			done <- name
			return
		}
		out <- b
	}
}

func main() {
	ping, pong := make(chan *ball), make(chan *ball)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- new(ball)
	fmt.Println("last hit by", <-done)
	close(ping) // ping's player is still ranging over its channel
}

// Output:
// ping 1
// pong 2
// ping 3
// pong 4
// ping 5
// pong 6
// last hit by pong
