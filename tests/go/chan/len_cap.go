// len and cap of channels: nil, unbuffered, buffered, and closed with data.
package main

import "fmt"

func main() {
	var nilCh chan int
	unbuf := make(chan int)
	buf := make(chan string, 4)
	fmt.Println(len(nilCh), cap(nilCh), nilCh == nil)
	fmt.Println(len(unbuf), cap(unbuf))
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf))
	close(buf)
	fmt.Println(len(buf), cap(buf))
	<-buf
	fmt.Println(len(buf), cap(buf))
	var ro <-chan string = buf
	fmt.Println(len(ro), cap(ro))
}

// Output:
// 0 0 true
// 0 0
// 2 4
// 2 4
// 1 4
// 1 4
