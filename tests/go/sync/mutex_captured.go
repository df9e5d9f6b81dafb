// Lock and Unlock compiled to MLOCK/MUNLOCK on captured receivers: a captured
// Mutex (MLOCKU/MUNLOCKU), one in a captured struct, an embedded one (promoted
// methods), one behind a captured pointer; goroutines contend, so the slow
// path parks and wakes them; TryLock on each; then a goroutine unlocks a
// captured mutex nobody holds: Go's fatal error, from that goroutine.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Counter struct {
	sync.Mutex
	n int
}

type Box struct {
	mu sync.Mutex
	n  int
}

func main() {
	var mu sync.Mutex
	var c Counter
	var b Box
	pm := &sync.Mutex{}
	count, pn := 0, 0
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				mu.Lock()
				count++
				if i%10 == 0 {
					runtime.Gosched() // switch while holding it: the others park
				}
				mu.Unlock()
				c.Lock()
				c.n++
				c.Unlock()
				b.mu.Lock()
				b.n++
				b.mu.Unlock()
				pm.Lock()
				pn++
				pm.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(count, c.n, b.n, pn)
	fmt.Println(mu.TryLock(), mu.TryLock(), c.TryLock(), b.mu.TryLock(), pm.TryLock())
	mu.Unlock()
	c.Unlock()
	b.mu.Unlock()
	pm.Unlock()
	done := make(chan bool)
	go func() {
		mu.Unlock()
		done <- true
	}()
	<-done
}

// Output:
// 200 200 200 200
// true false true true true
// Exit: 2
// Stderr:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 6 [running]:
// main.main.func2()
// 	mutex_captured.go:63
// created by main.main in goroutine 1
// 	mutex_captured.go:62
//
// goroutine 1 [chan receive]:
// main.main()
// 	mutex_captured.go:66
