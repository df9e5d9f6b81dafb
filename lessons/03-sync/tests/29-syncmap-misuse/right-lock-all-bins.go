// The warehouse's stock, bin by bin (see world.go).
package main

import (
	"sort"
	"sync"
)

// A lock per bin. A move locks its two bins, in name order (no deadlock);
// the audit locks every bin, in the same order, before it counts.
type binT struct {
	mu    sync.Mutex
	items int
}

var (
	binsByName = map[string]*binT{} // written by open only, before the workers start
	names      []string            // sorted
)

func open(name string, items int) {
	binsByName[name] = &binT{items: items}
	names = append(names, name)
	sort.Strings(names)
}

func move(from, to string, n int) bool {
	a, b := binsByName[from], binsByName[to]
	first, second := a, b
	if to < from {
		first, second = b, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	if second != first {
		second.mu.Lock()
		defer second.mu.Unlock()
	}
	if a.items < n {
		return false
	}
	a.items -= n
	b.items += n
	return true
}

func stock(name string) int {
	b := binsByName[name]
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.items
}

func total() int {
	for _, name := range names {
		binsByName[name].mu.Lock()
	}
	sum := 0
	for _, name := range names {
		sum += binsByName[name].items
	}
	for _, name := range names {
		binsByName[name].mu.Unlock()
	}
	return sum
}
