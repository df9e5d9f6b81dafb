// The worker returns early on an error without sending: it is gone, and
// main is the only goroutine left, waiting forever.
package main

import (
	"errors"
	"fmt"
)

func load(name string, out chan<- string) {
	if name == "" {
		fmt.Println("load:", errors.New("empty name"))
		return
	}
	out <- "loaded " + name
}

func main() {
	out := make(chan string)
	go load("a", out)
	fmt.Println(<-out)
	go load("", out)
	fmt.Println(<-out)
}

// Output:
// loaded a
// load: empty name
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	forgot_send_on_error.go:23
