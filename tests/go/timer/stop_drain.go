// Since Go 1.23 no stale value is received after Stop or Reset; before, a
// timer that fired before Stop left its value in the channel. Under 1.23 a
// value nobody received counts as not delivered: Stop stops the timer and
// says true (time.Timer.Stop: "if the program has not received from t.C
// already and the timer is running, Stop is guaranteed to return true"),
// and len and cap of the channel are 0.
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
	fmt.Println("reset:", t.Reset(10*time.Millisecond))
	start := time.Now()
	<-t.C
	fmt.Println("waited for the new deadline:", time.Since(start) >= 10*time.Millisecond)
}

// Output:
// len, cap: 0 0
// len after firing: 0
// stop: true
// no stale value
// reset: true
// waited for the new deadline: true
