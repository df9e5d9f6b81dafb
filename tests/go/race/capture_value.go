// A closure made by a goroutine reaches main through a racy variable. The
// variable it captures is never assigned after its declaration, so Go's
// compiler captures it by value: calling the closure reads no shared memory
// and the only race is on fn. A captured variable the goroutine assigns
// after making the closure stays shared, and main's read of it races.
// (go1.19 -race reports these three races, naming the inner closure
// main.main.func1.2.)
package main

import (
	"fmt"
	"time"
)

var fn, fn2 func() int

func main() {
	go func() {
		v := 7
		fn = func() int { return v * 6 }
		w := 1
		fn2 = func() int { return w }
		w = 2
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(fn(), fn2())
}

// Flags: --race
// Exit: 66
// Output:
// 42 2
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010020 by main goroutine:
//   main.main()
//       capture_value.go:26
//
// Previous write at 0x00c000010020 by goroutine 2:
//   main.main.func1()
//       capture_value.go:20
//
// Goroutine 2 (finished) created at:
//   main.main()
//       capture_value.go:18
// ==================
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010028 by main goroutine:
//   main.main()
//       capture_value.go:26
//
// Previous write at 0x00c000010028 by goroutine 2:
//   main.main.func1()
//       capture_value.go:22
//
// Goroutine 2 (finished) created at:
//   main.main()
//       capture_value.go:18
// ==================
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010010 by main goroutine:
//   main.main.func1.func2()
//       capture_value.go:22
//   main.main()
//       capture_value.go:26
//
// Previous write at 0x00c000010010 by goroutine 2:
//   main.main.func1()
//       capture_value.go:21
//
// Goroutine 2 (finished) created at:
//   main.main()
//       capture_value.go:18
// ==================
// Found 3 data race(s)
