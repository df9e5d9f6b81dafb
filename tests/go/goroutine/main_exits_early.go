// When main returns the program exits, even with goroutines still running;
// a goroutine that is runnable (not blocked) is not reported as a leak.
package main

import (
	"fmt"
	"runtime"
)

func spin() {
	for {
		runtime.Gosched()
	}
}

func main() {
	go spin()
	go spin()
	fmt.Println("main returns")
}

// Output:
// main returns
