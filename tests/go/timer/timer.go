// NewTimer, Stop and Reset on the virtual clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	since := func() time.Duration { return time.Since(start).Round(time.Millisecond) }

	t := time.NewTimer(50 * time.Millisecond)
	fired := <-t.C
	fmt.Println("fired after", since(), fired.Sub(start).Round(time.Millisecond))
	fmt.Println("stop after firing:", t.Stop())

	t.Reset(20 * time.Millisecond)
	<-t.C
	fmt.Println("reset fired after", since())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop:", t2.Stop(), t2.Stop())
	fmt.Println("reset stopped:", t2.Reset(10*time.Millisecond))
	fmt.Println("reset active:", t2.Reset(30*time.Millisecond))
	<-t2.C
	fmt.Println("t2 fired after", since())

	t3 := time.NewTimer(0)
	<-t3.C
	t4 := time.NewTimer(-time.Second)
	<-t4.C
	fmt.Println("zero and negative fire at once:", since())

	select {
	case <-time.After(time.Minute):
		fmt.Println("minute")
	case <-time.After(time.Second):
		fmt.Println("second first, at", since())
	}

	func() {
		defer func() { fmt.Println(recover()) }()
		var zero time.Timer
		zero.Stop()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var zero time.Timer
		zero.Reset(time.Second)
	}()
}

// Output:
// fired after 50ms 50ms
// stop after firing: false
// reset fired after 70ms
// stop: true false
// reset stopped: false
// reset active: true
// t2 fired after 100ms
// zero and negative fire at once: 100ms
// second first, at 1.1s
// time: Stop called on uninitialized Timer
// time: Reset called on uninitialized Timer
