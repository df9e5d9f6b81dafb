// A deferred native call that fails when the function returns is reported,
// as Go reports it, at the function's closing brace (not at its last
// statement), with no runtime frame for a builtin such as close.
package main

import (
	"fmt"
	"sync"
)

func closeTwice() {
	ch := make(chan int)
	close(ch)
	defer close(ch)
	fmt.Println("closeTwice body")
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		closeTwice()
	}()
	var mu sync.Mutex
	defer mu.Unlock()
	fmt.Println("main body")
}

// Exit: 2
// Output:
// closeTwice body
// recovered: close of closed channel
// main body
// Stderr:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 1 [running]:
// main.main()
// 	native_at_brace.go:26
