// A ticker delivers ticks until stopped; the worker counts three and quits.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(100 * time.Millisecond)
	start := time.Now()
	n := 0
	for range ticker.C {
		n++
		fmt.Println("tick", n)
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	el := time.Since(start)
	fmt.Println(el >= 300*time.Millisecond && el < 400*time.Millisecond)
	select {
	case <-ticker.C:
		fmt.Println("tick after Stop")
	case <-time.After(time.Second):
		fmt.Println("no tick after Stop")
	}
}

// Output:
// tick 1
// tick 2
// tick 3
// true
// no tick after Stop
