// A closure shares a captured variable with the goroutine that made it.
package main

import "fmt"

func main() {
	done := make(chan bool)
	msg := "hello"
	go func() {
		msg = "goodbye"
		done <- true
	}()
	fmt.Println(msg)
	<-done
}

// Flags: --race
// Exit: 66
// Output:
// goodbye
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010000 by main goroutine:
//   main.main()
//       closure_shared.go:13
//
// Previous write at 0x00c000010000 by goroutine 2:
//   main.main.func1()
//       closure_shared.go:10
//
// Goroutine 2 (running) created at:
//   main.main()
//       closure_shared.go:9
// ==================
// Found 1 data race(s)
