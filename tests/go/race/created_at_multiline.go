// The race report's `created at` names the go statement's line, not the
// line of the call's arguments.
package main

import "fmt"

func main() {
	done := make(chan bool)
	msg := "hello"
	go func(s string,
		n int) {
		msg = s
		done <- true
	}("goodbye",
		1)
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
//       created_at_multiline.go:16
//
// Previous write at 0x00c000010000 by goroutine 2:
//   main.main.func1()
//       created_at_multiline.go:12
//
// Goroutine 2 (running) created at:
//   main.main()
//       created_at_multiline.go:10
// ==================
// Found 1 data race(s)
