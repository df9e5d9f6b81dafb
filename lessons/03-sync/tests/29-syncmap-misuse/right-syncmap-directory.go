// The warehouse's stock (see world.go for the workers and the auditor).
package main

import "sync"

// sync.Map where it fits: the directory of bins is written once (open) and
// then only read. The counts, which change all the time and must add up,
// live in a slice under one mutex.
var (
	index sync.Map // bin name -> position in items; written once per bin
	mu    sync.Mutex
	items []int // guarded by mu
)

func open(bin string, n int) {
	mu.Lock()
	defer mu.Unlock()
	index.Store(bin, len(items))
	items = append(items, n)
}

func pos(bin string) int {
	i, _ := index.Load(bin)
	return i.(int)
}

func move(from, to string, n int) bool {
	f, t := pos(from), pos(to)
	mu.Lock()
	defer mu.Unlock()
	if items[f] < n {
		return false
	}
	items[f] -= n
	items[t] += n
	return true
}

func stock(bin string) int {
	i := pos(bin)
	mu.Lock()
	defer mu.Unlock()
	return items[i]
}

func total() int {
	mu.Lock()
	defer mu.Unlock()
	sum := 0
	for _, n := range items {
		sum += n
	}
	return sum
}
