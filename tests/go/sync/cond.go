// Cond: Signal wakes one waiter, Broadcast all of them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	queue := []int{}
	var wg sync.WaitGroup
	got := make([]int, 0)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for len(queue) == 0 {
				c.Wait()
			}
			got = append(got, queue[0])
			queue = queue[1:]
			mu.Unlock()
		}()
	}
	time.Sleep(time.Millisecond)
	for i := 1; i <= 3; i++ {
		mu.Lock()
		queue = append(queue, i*10)
		c.Signal()
		mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
	fmt.Println(got)

	ready := false
	woken := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.L.Lock()
			for !ready {
				c.Wait()
			}
			woken++
			c.L.Unlock()
		}()
	}
	time.Sleep(time.Millisecond)
	c.L.Lock()
	ready = true
	c.Broadcast()
	c.L.Unlock()
	wg.Wait()
	fmt.Println("woken:", woken)
	c.Signal() // nobody waits: nothing happens
	c.Broadcast()
	fmt.Println("ok")
}

// Output:
// [10 20 30]
// woken: 4
// ok
