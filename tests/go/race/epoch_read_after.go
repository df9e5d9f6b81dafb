// main reads x before and after an unbuffered hand-off to a goroutine that
// then writes x: the read before is ordered before the write (the hand-off
// carries it), the read after is not (it is in main's next epoch), and the
// write races with it.
package main

import "fmt"

var x int

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		<-ch
		x = 1
		done <- true
	}()
	a := x
	ch <- 0
	b := x
	<-done
	fmt.Println(a, b)
}

// Flags: --race
// Exit: 66
// Output:
// 0 0
// Stderr:
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010010 by goroutine 2:
//   main.main.func1()
//       epoch_read_after.go:16
//
// Previous read at 0x00c000010010 by main goroutine:
//   main.main()
//       epoch_read_after.go:21
//
// Goroutine 2 (running) created at:
//   main.main()
//       epoch_read_after.go:14
// ==================
// Found 1 data race(s)
