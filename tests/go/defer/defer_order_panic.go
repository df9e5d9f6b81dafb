package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer")
	panic("deep")
}

func middle() {
	defer fmt.Println("middle defer")
	inner()
	fmt.Println("not reached")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	middle()
}

// Output:
// inner defer
// middle defer
// main recovered: deep
