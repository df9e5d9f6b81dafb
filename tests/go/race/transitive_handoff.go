// Three goroutines: a writes y and x, hands off to b, which touches no
// shared memory and hands off to c; c reads y, ordered after a's write only
// through b's clock. a writes x again after its hand-off, and c's read of x
// races with that write.
package main

import "fmt"

var x, y int

func main() {
	ab := make(chan int)
	bc := make(chan int)
	done := make(chan bool)
	go func() { // a
		y = 1
		x = 1
		ab <- 0
		x = 2
		done <- true
	}()
	go func() { // b
		v := <-ab
		bc <- v
	}()
	go func() { // c
		<-bc
		fmt.Println(y, x > 0)
		done <- true
	}()
	<-done
	<-done
}

// Flags: --race
// Exit: 66
// Output:
// 1 true
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010010 by goroutine 4:
//   main.main.func3()
//       transitive_handoff.go:28
//
// Previous write at 0x00c000010010 by goroutine 2:
//   main.main.func1()
//       transitive_handoff.go:19
//
// Goroutine 4 (running) created at:
//   main.main()
//       transitive_handoff.go:26
//
// Goroutine 2 (running) created at:
//   main.main()
//       transitive_handoff.go:15
// ==================
// Found 1 data race(s)
