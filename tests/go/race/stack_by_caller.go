// The same statement reached through two different callers: each access's
// stack is its own. The detector finds a stack by the top frame's pc and the
// frames below it (once an access in that frame found them: *p here), and
// must not take one caller's stack for the other's.
package main

import (
	"fmt"
	"sync"
)

var n int

func bump(p *int) {
	*p++
	n++
}

func viaA(p *int) { bump(p) }

func viaB(p *int) { bump(p) }

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a := 0
		viaA(&a)
	}()
	go func() {
		defer wg.Done()
		b := 0
		viaB(&b)
	}()
	wg.Wait()
	fmt.Println(n)
}

// Flags: --race
// Exit: 66
// Output:
// 2
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010020 by goroutine 3:
//   main.bump()
//       stack_by_caller.go:16
//   main.viaB()
//       stack_by_caller.go:21
//   main.main.func2()
//       stack_by_caller.go:34
//
// Previous write at 0x00c000010020 by goroutine 2:
//   main.bump()
//       stack_by_caller.go:16
//   main.viaA()
//       stack_by_caller.go:19
//   main.main.func1()
//       stack_by_caller.go:29
//
// Goroutine 3 (running) created at:
//   main.main()
//       stack_by_caller.go:31
//
// Goroutine 2 (finished) created at:
//   main.main()
//       stack_by_caller.go:26
// ==================
// Found 1 data race(s)
