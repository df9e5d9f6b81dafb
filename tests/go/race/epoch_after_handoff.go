// A goroutine that wrote before an unbuffered hand-off and writes again after
// it: main's reads after the hand-off see the first write ordered (the
// hand-off carries it) and the second one racing (it is in the goroutine's
// next epoch, which the hand-off did not carry).
package main

import "fmt"

var x, y int

func main() {
	ch := make(chan int)
	done := make(chan bool, 1)
	go func() {
		y = 1
		ch <- 0
		x = 1
		done <- true
	}()
	<-ch
	fmt.Println(y, x)
	<-done
}

// Flags: --race
// Exit: 66
// Output:
// 1 0
// Stderr:
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010010 by goroutine 2:
//   main.main.func1()
//       epoch_after_handoff.go:17
//
// Previous read at 0x00c000010010 by main goroutine:
//   main.main()
//       epoch_after_handoff.go:21
//
// Goroutine 2 (running) created at:
//   main.main()
//       epoch_after_handoff.go:14
// ==================
// Found 1 data race(s)
