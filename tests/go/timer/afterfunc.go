package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	since := func() time.Duration { return time.Since(start).Round(time.Millisecond) }
	var wg sync.WaitGroup
	wg.Add(2)
	time.AfterFunc(30*time.Millisecond, func() {
		fmt.Println("second at", since())
		wg.Done()
	})
	time.AfterFunc(10*time.Millisecond, func() {
		fmt.Println("first at", since())
		wg.Done()
	})
	t := time.AfterFunc(20*time.Millisecond, func() {
		fmt.Println("restarted at", since())
		wg.Done()
	})
	fmt.Println("stop:", t.Stop(), t.Stop(), t.C == nil)
	wg.Wait()

	wg.Add(1)
	fmt.Println("reset:", t.Reset(5*time.Millisecond)) // a stopped AfterFunc timer can run again
	wg.Wait()
	fmt.Println("reset after it ran:", t.Reset(time.Hour), t.Stop())
}

// Output:
// stop: true false true
// first at 10ms
// second at 30ms
// reset: false
// restarted at 35ms
// reset after it ran: false true
