// range over a channel receives until the channel is closed and drained.
package main

import "fmt"

func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range produce(5) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("| sum", sum)

	buf := make(chan string, 3)
	buf <- "x"
	buf <- "y"
	close(buf)
	for s := range buf {
		fmt.Println("buffered value after close:", s)
	}
}

// Output:
// 1 4 9 16 25 | sum 55
// buffered value after close: x
// buffered value after close: y
