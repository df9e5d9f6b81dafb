// A ticker loop that never ends stops at the virtual-time limit (5.5s here,
// 24h by default): a run is bounded even when it only sleeps.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Second)
	n := 0
	for range t.C {
		n++
		fmt.Println("tick", n)
	}
}

// Flags: --max-time 5.5s
// Output:
// tick 1
// tick 2
// tick 3
// tick 4
// tick 5
// Exit: 3
// Stderr:
// fatal error: gorolab: virtual time limit of 5.5s exceeded (raise it with --max-time)
//
// goroutine 1 [chan receive]:
// main.main()
// 	ticker.go:13 +0x18
