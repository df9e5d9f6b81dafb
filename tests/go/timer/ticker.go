package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		t := <-tk.C
		fmt.Println("tick", i, t.Sub(start).Round(time.Millisecond))
	}
	tk.Reset(time.Second)
	t := <-tk.C
	fmt.Println("after reset", t.Sub(start).Round(time.Millisecond))
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(5 * time.Second):
		fmt.Println("no tick after stop")
	}

	// A slow receiver misses ticks: they are dropped, not queued.
	tk2 := time.NewTicker(10 * time.Millisecond)
	time.Sleep(55 * time.Millisecond)
	n := 0
	for more := true; more; {
		select {
		case <-tk2.C:
			n++
		default:
			more = false
		}
	}
	fmt.Println("pending ticks:", n)
	tk2.Stop()

	c := time.Tick(time.Minute)
	<-c
	fmt.Println("tick at", time.Since(start).Round(time.Second))
	fmt.Println(time.Tick(0) == nil, time.Tick(-1) == nil)

	func() {
		defer func() { fmt.Println(recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		tk.Reset(-time.Second)
	}()
}

// Output:
// tick 0 100ms
// tick 1 200ms
// tick 2 300ms
// after reset 1.3s
// no tick after stop
// pending ticks: 1
// tick at 1m6s
// true true
// non-positive interval for NewTicker
// non-positive interval for Ticker.Reset
