package main

import "fmt"

func helper() string {
	return 1
}

func main() {
	x := 1
	y := undefinedThing
	fmt.Println(y)
}

func later() {
	var s string = 5
	fmt.Println(s)
}

// Errors come out sorted by position, whatever order the checker found them in.
// Go 1.20+ wording: Go 1.19 says "x declared but not used".

// Exit: 1
// Stderr:
// full_order.go:6:9: cannot use 1 (untyped int constant) as string value in return statement
// full_order.go:10:2: declared and not used: x
// full_order.go:11:7: undefined: undefinedThing
// full_order.go:16:17: cannot use 5 (untyped int constant) as string value in variable declaration
