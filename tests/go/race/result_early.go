// main reads the result before the worker has finished writing it: no
// synchronisation orders the two.
package main

import (
	"fmt"
	"time"
)

var result int

func compute() {
	result = 42
}

func main() {
	go compute()
	time.Sleep(time.Millisecond)
	fmt.Println(result)
}

// Flags: --race
// Exit: 66
// Output:
// 42
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010020 by main goroutine:
//   main.main()
//       result_early.go:19
//
// Previous write at 0x00c000010020 by goroutine 2:
//   main.compute()
//       result_early.go:13
//
// Goroutine 2 (finished) created at:
//   main.main()
//       result_early.go:17
// ==================
// Found 1 data race(s)
