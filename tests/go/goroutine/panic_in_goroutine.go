// A panic in any goroutine ends the whole program: Go prints the panicking
// goroutine only, with its creator.
package main

import (
	"fmt"
	"time"
)

func worker(id int) {
	if id == 2 {
		panic("boom")
	}
	time.Sleep(time.Second)
}

func main() {
	fmt.Println("starting")
	go worker(1)
	go worker(2)
	time.Sleep(time.Minute)
	fmt.Println("not reached")
}

// Output:
// starting
// Exit: 2
// Stderr:
// panic: boom
//
// goroutine 3 [running]:
// main.worker(0x2)
// 	panic_in_goroutine.go:12
// created by main.main in goroutine 1
// 	panic_in_goroutine.go:20
