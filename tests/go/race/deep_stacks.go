// Race reports name the stack of each access wherever it is: ten calls
// deep, in a deferred call, in a time.AfterFunc callback (user code the
// time package calls) and under a recursion deeper than the 64 frames a
// stack keeps; the same places reached again are the same stacks.
package main

import (
	"fmt"
	"sync"
	"time"
)

var a, b, c, d int

func down(n int, f func()) {
	if n == 0 {
		f()
		return
	}
	down(n-1, f)
}

func bump() { a++ }

func later() {
	defer func() { b++ }()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(4)
	go func() {
		defer wg.Done()
		down(10, bump)
		down(10, bump)
	}()
	go func() {
		defer wg.Done()
		later()
	}()
	go func() {
		defer wg.Done()
		down(70, func() { d++ })
	}()
	time.AfterFunc(time.Millisecond, func() {
		defer wg.Done()
		c++
	})
	a++
	b++
	c++
	d++
	wg.Wait()
	fmt.Println("done")
}

// Flags: --race
// Exit: 66
// Output:
// done
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010020 by main goroutine:
//   main.main()
//       deep_stacks.go:49
//
// Previous write at 0x00c000010020 by goroutine 2:
//   main.bump()
//       deep_stacks.go:23
//   main.down()
//       deep_stacks.go:17
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.main.func1()
//       deep_stacks.go:34
//
// Goroutine 2 (finished) created at:
//   main.main()
//       deep_stacks.go:32
// ==================
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010028 by main goroutine:
//   main.main()
//       deep_stacks.go:50
//
// Previous write at 0x00c000010028 by goroutine 3:
//   main.later.func1()
//       deep_stacks.go:26
//   main.later()
//       deep_stacks.go:27
//   main.main.func2()
//       deep_stacks.go:39
//
// Goroutine 3 (finished) created at:
//   main.main()
//       deep_stacks.go:37
// ==================
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010038 by main goroutine:
//   main.main()
//       deep_stacks.go:52
//
// Previous write at 0x00c000010038 by goroutine 4:
//   main.main.func3.func1()
//       deep_stacks.go:43
//   main.down()
//       deep_stacks.go:17
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//   main.down()
//       deep_stacks.go:20
//
// Goroutine 4 (finished) created at:
//   main.main()
//       deep_stacks.go:41
// ==================
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010030 by goroutine 5:
//   main.main.func4()
//       deep_stacks.go:47
//
// Previous write at 0x00c000010030 by main goroutine:
//   main.main()
//       deep_stacks.go:51
//
// Goroutine 5 (running) created at:
// ==================
// Found 4 data race(s)
