// Go's race mode runs a new goroutine at once (on another P) while main goes
// on, so the race below is reported every time (Go 1.19 -race: 20 of 20),
// although main never blocks before the goroutine's access. gorolab's race
// mode runs the new goroutine first.
package main

import "fmt"

var x int

func main() {
	done := make(chan bool, 1)
	go func() {
		x = 1
		done <- true
	}()
	x = 2
	fmt.Println("main wrote x")
	select {
	case <-done:
	default:
	}
}

// Flags: --race
// Exit: 66
// Output:
// main wrote x
// Stderr:
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010010 by main goroutine:
//   main.main()
//       spawned_runs.go:17
//
// Previous write at 0x00c000010010 by goroutine 2:
//   main.main.func1()
//       spawned_runs.go:14
//
// Goroutine 2 (finished) created at:
//   main.main()
//       spawned_runs.go:13
// ==================
// Found 1 data race(s)
