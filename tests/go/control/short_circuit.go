package main

import "fmt"

const debug = false

var calls int

func expensive() bool {
	calls++
	return true
}

func main() {
	if debug && expensive() {
		fmt.Println("never")
	}
	ok := !debug || expensive()
	fmt.Println(ok, calls)
	x := debug || expensive()
	y := true && expensive()
	fmt.Println(x, y, calls)
	n := 0
	if n > 0 && 10/n > 1 {
		fmt.Println("never")
	}
	fmt.Println("done")
}

// Output:
// true 0
// true true 2
// done
