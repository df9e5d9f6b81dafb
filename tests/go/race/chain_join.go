// A value written by the last goroutine created is handed along a chain of
// 20 goroutines to main: main's read is ordered after the write only through
// every hand-off's clock join (entries far past the first few). A write by a
// goroutine outside the chain is not ordered and is reported.
package main

import "fmt"

var a, b int

func main() {
	const n = 20
	chans := make([]chan int, n+1)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for i := 0; i < n; i++ {
		go func(i int) {
			v := <-chans[i]
			chans[i+1] <- v + 1
		}(i)
	}
	side := make(chan bool, 1)
	go func() {
		b = 2
		side <- true
	}()
	go func() {
		a = 1
		chans[0] <- 0
	}()
	v := <-chans[n]
	fmt.Println(v, a)
	fmt.Println(b)
}

// Flags: --race
// Exit: 66
// Output:
// 20 1
// 2
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010028 by main goroutine:
//   main.main()
//       chain_join.go:34
//
// Previous write at 0x00c000010028 by goroutine 22:
//   main.main.func2()
//       chain_join.go:25
//
// Goroutine 22 (finished) created at:
//   main.main()
//       chain_join.go:24
// ==================
// Found 1 data race(s)
