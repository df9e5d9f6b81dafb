package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(1500 * time.Millisecond)
	fmt.Println(250 * time.Millisecond)
	fmt.Println(2 * time.Hour)
	fmt.Println(90 * time.Second)
	fmt.Println(time.Duration(0))
	fmt.Println(time.Microsecond)
	fmt.Println(100 * time.Nanosecond)
	fmt.Println(time.Duration(1))
	fmt.Println(1500 * time.Microsecond)
	fmt.Println(time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond)
	fmt.Println(-5 * time.Second)
	fmt.Println(36 * time.Hour)
	fmt.Printf("%v %s %d\n", time.Second, 2*time.Second, time.Millisecond)
	fmt.Println(time.Duration(1<<63 - 1))
}

// Output:
// 1.5s
// 250ms
// 2h0m0s
// 1m30s
// 0s
// 1µs
// 100ns
// 1ns
// 1.5ms
// 1h2m3.004s
// -5s
// 36h0m0s
// 1s 2s 1000000
// 2562047h47m16.854775807s
