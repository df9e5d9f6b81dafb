// A buffered channel only postpones the block: the third send into a
// channel of capacity 2 waits forever.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		fmt.Println("send", i)
		ch <- i
	}
}

// Output:
// send 1
// send 2
// send 3
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
// main.main()
// 	buffer_overflow.go:11
