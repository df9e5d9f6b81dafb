package main

import (
	"fmt"
	"time"
)

func main() {
	n := 3
	d := time.Duration(n) * time.Millisecond
	fmt.Println(d, d*2, d/3, d+time.Second)
	timeout := 2*time.Second + 500*time.Millisecond
	fmt.Println(timeout.Seconds(), timeout.Milliseconds(), timeout.Microseconds(), timeout.Nanoseconds())
	fmt.Println(timeout.Minutes(), (90 * time.Minute).Hours())
	fmt.Println(timeout > time.Second, timeout == 2500*time.Millisecond)
	fmt.Println(int64(time.Second), time.Second/time.Millisecond)
	fmt.Println(timeout.Truncate(time.Second), timeout.Round(time.Second))
	fmt.Println(timeout.String() + "!")
	var total time.Duration
	for _, ms := range []int{100, 200, 300} {
		total += time.Duration(ms) * time.Millisecond
	}
	fmt.Println(total, total/time.Duration(3))
	fmt.Printf("%T\n", total)
}

// Output:
// 3ms 6ms 1ms 1.003s
// 2.5 2500 2500000 2500000000
// 0.041666666666666664 1.5
// true true
// 1000000000 1µs
// 2s 3s
// 2.5s!
// 600ms 200ms
// time.Duration
