// A stopped timer never sends: waiting on its channel afterwards blocks
// forever.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Second)
	fmt.Println("stopped:", t.Stop())
	<-t.C
}

// Output:
// stopped: true
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	c_timer_stop_wait_deadlock.go:13
