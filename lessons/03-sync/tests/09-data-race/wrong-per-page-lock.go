// WRONG: one mutex per page: handlers of different pages still update views at the same time.
package main

import "sync"

var views int

var (
	locksMu sync.Mutex
	locks   = map[string]*sync.Mutex{}
)

func lockFor(page string) *sync.Mutex {
	locksMu.Lock()
	defer locksMu.Unlock()
	if locks[page] == nil {
		locks[page] = &sync.Mutex{}
	}
	return locks[page]
}

func serve(page string, n int) {
	mu := lockFor(page)
	for i := 0; i < n; i++ {
		mu.Lock()
		views += Weight(page)
		mu.Unlock()
	}
}

func total() int { return views }
