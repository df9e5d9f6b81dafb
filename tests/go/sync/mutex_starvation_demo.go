// The starvation demo of Concurrency in Go: a greedy worker holds the
// lock for its whole loop body, a polite one takes it three times per
// loop. Go's Mutex hands a starving waiter the lock and yields to it
// (goyield), so the two take turns being the one that barges in: over 1 s
// Go 1.19 gives greedy about 2.2-2.6 times polite's loops (1,233,872 and
// 469,592 in one run). Before the hand-off yielded, gorolab inverted it
// (polite 151,511, greedy 10 over these 10 ms).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var sharedLock sync.Mutex
	const runtime = 10 * time.Millisecond

	greedyWorker := func() {
		defer wg.Done()
		var count int
		for begin := time.Now(); time.Since(begin) <= runtime; {
			sharedLock.Lock()
			time.Sleep(3 * time.Nanosecond)
			sharedLock.Unlock()
			count++
		}
		fmt.Printf("Greedy worker was able to execute %v work loops\n", count)
	}

	politeWorker := func() {
		defer wg.Done()
		var count int
		for begin := time.Now(); time.Since(begin) <= runtime; {
			sharedLock.Lock()
			time.Sleep(1 * time.Nanosecond)
			sharedLock.Unlock()

			sharedLock.Lock()
			time.Sleep(1 * time.Nanosecond)
			sharedLock.Unlock()

			sharedLock.Lock()
			time.Sleep(1 * time.Nanosecond)
			sharedLock.Unlock()

			count++
		}
		fmt.Printf("Polite worker was able to execute %v work loops.\n", count)
	}

	wg.Add(2)
	go greedyWorker()
	go politeWorker()
	wg.Wait()
}

// Output:
// Greedy worker was able to execute 156245 work loops
// Polite worker was able to execute 75761 work loops.
