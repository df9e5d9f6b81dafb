// Since Go 1.23 no stale value is received after Stop or Reset; before, a
// timer that fired before Stop left its value in the channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond) // the timer fires, nobody receives
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
// stop: false
// no stale value
// waited for the new deadline: true
