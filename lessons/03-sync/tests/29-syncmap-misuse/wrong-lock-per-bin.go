// The warehouse's stock (see world.go for the workers and the auditor).
package main

import "sync"

// "Finer locks scale better": a lock per bin. A move takes both bins' locks
// (in name order, so no deadlock); the audit takes them one at a time.
type binState struct {
	mu    sync.Mutex
	items int
}

var bins sync.Map // bin name -> *binState

func open(bin string, items int) { bins.Store(bin, &binState{items: items}) }

func get(bin string) *binState {
	b, _ := bins.Load(bin)
	return b.(*binState)
}

func move(from, to string, n int) bool {
	a, b := get(from), get(to)
	first, second := a, b
	if to < from {
		first, second = b, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.items < n {
		return false
	}
	a.items -= n
	b.items += n
	return true
}

func stock(bin string) int {
	b := get(bin)
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.items
}

func total() int {
	sum := 0
	bins.Range(func(_, v any) bool {
		b := v.(*binState)
		b.mu.Lock()
		sum += b.items
		b.mu.Unlock()
		return true
	})
	return sum
}
