package main

import "fmt"

func main() {
	fmt.Println("start")
	panic("something bad happened")
}

// Output:
// start
// Exit: 2
// Stderr:
// panic: something bad happened
//
// goroutine 1 [running]:
// main.main()
// 	string.go:7 +0x65
