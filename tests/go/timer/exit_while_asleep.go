// main returns while goroutines sleep and a ticker is armed: the leak
// report shows each sleeper once (a goroutine started on time.Sleep itself
// has one frame, as in Go), and tearing the run down frees the sleepers'
// timers safely (a use after free that AddressSanitizer caught).
package main

import (
	"fmt"
	"time"
)

func nap() { time.Sleep(time.Hour) }

func main() {
	go nap()
	go time.Sleep(time.Hour)
	t := time.NewTicker(time.Minute)
	_ = t
	time.Sleep(time.Millisecond)
	fmt.Println("bye")
}

// Output:
// bye
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state sleep, with time.Sleep on top of the stack:
// time.Sleep(...)
// 	$GOROOT/src/time/time.go:134
// main.nap()
// 	exit_while_asleep.go:12
// created by main.main in goroutine 1
// 	exit_while_asleep.go:15
// ]
// [Goroutine 3 in state sleep, with time.Sleep on top of the stack:
// time.Sleep(...)
// 	$GOROOT/src/time/time.go:134
// created by main.main in goroutine 1
// 	exit_while_asleep.go:16
// ]
