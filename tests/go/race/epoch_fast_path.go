// A goroutine that has locked, written and unlocked twice (the detector's
// fast path knows its stacks and epochs by then) must still see a write made
// by another goroutine between its iterations: y is written under the lock
// (ordered, no race), x without it (a race at x's next access), and z is
// read without it (a race at z's next write, which reads nothing first: the
// goroutine's own last write, at an earlier epoch, must not pass for one in
// the current epoch).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	x, y, z := 0, 0, 0
	start := make(chan bool)
	wg.Add(2)
	go func() {
		defer wg.Done()
		<-start
		mu.Lock()
		y++
		mu.Unlock()
		x++
		if z > 100 {
			fmt.Println("big")
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 4; i++ {
			mu.Lock()
			y++
			x++
			z = i + 1
			mu.Unlock()
			if i == 1 {
				start <- true
				runtime.Gosched()
			}
		}
	}()
	wg.Wait()
	fmt.Println(x, y, z)
}



// Flags: --race
// Exit: 66
// Output:
// 5 5 4
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010020 by goroutine 3:
//   main.main.func2()
//       epoch_fast_path.go:38
//
// Previous write at 0x00c000010020 by goroutine 2:
//   main.main.func1()
//       epoch_fast_path.go:28
//
// Goroutine 3 (running) created at:
//   main.main()
//       epoch_fast_path.go:33
//
// Goroutine 2 (finished) created at:
//   main.main()
//       epoch_fast_path.go:22
// ==================
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010030 by goroutine 3:
//   main.main.func2()
//       epoch_fast_path.go:39
//
// Previous read at 0x00c000010030 by goroutine 2:
//   main.main.func1()
//       epoch_fast_path.go:29
//
// Goroutine 3 (running) created at:
//   main.main()
//       epoch_fast_path.go:33
//
// Goroutine 2 (finished) created at:
//   main.main()
//       epoch_fast_path.go:22
// ==================
// Found 2 data race(s)
