package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

// Output:
// recovered: second
