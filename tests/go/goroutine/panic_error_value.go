// A goroutine panicking with an error value prints its Error() text; the
// stack shows the nested calls.
package main

import (
	"errors"
	"fmt"
)

var errBadInput = errors.New("bad input")

func parse(s string) int {
	if s == "" {
		panic(fmt.Errorf("parse: %w", errBadInput))
	}
	return len(s)
}

func handle(items []string, done chan<- int) {
	sum := 0
	for _, s := range items {
		sum += parse(s)
	}
	done <- sum
}

func main() {
	done := make(chan int)
	go handle([]string{"ab", "cde"}, done)
	fmt.Println(<-done)
	go handle([]string{"x", ""}, done)
	fmt.Println(<-done)
}

// Output:
// 5
// Exit: 2
// Stderr:
// panic: parse: bad input
//
// goroutine 3 [running]:
// main.parse(...)
// 	panic_error_value.go:14
// main.handle({0xc0000387b0?, 0x0?, 0x43b3c5?}, 0x0?)
// 	panic_error_value.go:22
// created by main.main in goroutine 1
// 	panic_error_value.go:31
