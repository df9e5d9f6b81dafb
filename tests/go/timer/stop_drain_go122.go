// Before Go 1.23 a timer that fired before Stop or Reset left its value in
// the channel: the stale value is received.
// Flags: --go 1.22
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	fmt.Println("len, cap:", len(t.C), cap(t.C))
	time.Sleep(5 * time.Millisecond) // the timer fires, nobody receives
	fmt.Println("len after firing:", len(t.C))
	fmt.Println("stop:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value")
	}
	t.Reset(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	t.Reset(10 * time.Millisecond)
	start := time.Now()
	<-t.C
	fmt.Println("waited for the new deadline:", time.Since(start) >= 10*time.Millisecond)
}

// Output:
// len, cap: 0 1
// len after firing: 1
// stop: false
// stale value
// waited for the new deadline: false
