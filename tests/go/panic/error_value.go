package main

import "errors"

func main() {
	panic(errors.New("disk full"))
}

// Output:
// Exit: 2
// Stderr:
// panic: disk full
//
// goroutine 1 [running]:
// main.main()
// 	error_value.go:6 +0x49
