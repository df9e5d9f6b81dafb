// main "waits" for the printer with Sleep, Gosched, Sleep: no synchronisation.
// Under PCT a single Gosched must not hand the printer the CPU every time.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("receipt", i)
		}
	}()
	time.Sleep(time.Millisecond)
	runtime.Gosched()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("all orders processed")
}
