package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1:
		fmt.Println("one")
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
		fmt.Println("uno")
	}
}
