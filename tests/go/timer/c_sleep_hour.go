// time.Sleep(time.Hour) costs no wall-clock time on the virtual clock, and
// time.Since sees the hour pass.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(time.Hour)
	el := time.Since(start)
	fmt.Println(el >= time.Hour, el < time.Hour+time.Second)
	deadline := start.Add(2 * time.Hour)
	time.Sleep(time.Until(deadline))
	fmt.Println(!time.Now().Before(deadline))
}

// Output:
// true true
// true
