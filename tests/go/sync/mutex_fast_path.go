// sync.Mutex's inline fast path (an uncontended Lock, an Unlock nobody waits
// for) and its slow path take turns: contention with waiters, wake-ups and
// starvation hand-offs, calls through an interface and a method value, a nil
// *Mutex, TryLock, and an Unlock of an unlocked mutex at the end.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	n := 0
	for i := 0; i < 1000; i++ {
		mu.Lock()
		n++
		mu.Unlock()
	}
	var wg sync.WaitGroup
	var order []int
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				order = append(order, id)
				if i == 0 {
					time.Sleep(2 * time.Millisecond) // waiters pile up: starvation mode
				}
				n++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(n, order)
	var l sync.Locker = &mu
	l.Lock()
	fmt.Println("TryLock while locked:", mu.TryLock())
	l.Unlock()
	lock, unlock := mu.Lock, mu.Unlock
	lock()
	unlock()
	fmt.Println("TryLock while unlocked:", mu.TryLock())
	mu.Unlock()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *sync.Mutex
		p.Lock()
	}()
	mu.Unlock()
}

// Output:
// 1012 [3 3 3 2 2 2 1 1 1 0 0 0]
// TryLock while locked: false
// TryLock while unlocked: true
// recovered: runtime error: invalid memory address or nil pointer dereference
// Exit: 2
// Stderr:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 1 [running]:
// main.main()
// 	mutex_fast_path.go:54
