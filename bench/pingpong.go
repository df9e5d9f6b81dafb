// pingpong: 2,000,000 round trips between two goroutines over unbuffered
// channels. Measures a blocking hand-off and two goroutine switches.
package main

import "fmt"

func main() {
	const n = 2000000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	s := 0
	for i := 0; i < n; i++ {
		ping <- i
		s += <-pong
	}
	close(ping)
	fmt.Println(s)
}
