// 300 goroutines finish (more than gorolab keeps numbers of dead goroutines
// from reuse), so the goroutines started after them take the numbers of
// goroutines main has synchronized with. A write by such a goroutine that
// main does not wait for races with main's read; a write whose goroutine main
// waits for does not.
package main

import (
	"fmt"
	"sync"
)

var a [300]int
var x int

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			a[i] = i
			wg.Done()
		}(i)
	}
	wg.Wait()
	s := 0
	for _, v := range a {
		s += v
	}
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func(i int) {
			a[i] = -i
			wg2.Done()
		}(i)
	}
	wg2.Wait()
	ready := make(chan bool)
	done := make(chan bool)
	go func() {
		ready <- true
		x = 1
		done <- true
	}()
	<-ready
	fmt.Println(s, a[19], x)
	<-done
}

// Flags: --race
// Exit: 66
// Output:
// 44850 -19 0
// Stderr:
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010018 by goroutine 322:
//   main.main.func3()
//       reused_tid.go:43
//
// Previous read at 0x00c000010018 by main goroutine:
//   main.main()
//       reused_tid.go:47
//
// Goroutine 322 (running) created at:
//   main.main()
//       reused_tid.go:41
// ==================
// Found 1 data race(s)
