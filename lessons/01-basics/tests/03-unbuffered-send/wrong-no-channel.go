// The checkout service processes a cart of orders and then prints what
// each one became. processOrder reports on an unbuffered channel.
// The order processor (Cart, Process) is in world.go.
package main

import "fmt"

func main() {
	for _, id := range Cart() { // no channel, nothing to block on
		fmt.Println(Process(id))
	}
	fmt.Println("all orders processed")
}
