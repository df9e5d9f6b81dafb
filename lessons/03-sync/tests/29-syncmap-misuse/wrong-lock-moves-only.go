// The warehouse's stock (see world.go for the workers and the auditor).
package main

import "sync"

// A mutex makes the moves whole; the audit still walks the sync.Map alone.
var (
	mu   sync.Mutex
	bins sync.Map
)

func open(bin string, items int) { bins.Store(bin, items) }

func move(from, to string, n int) bool {
	mu.Lock()
	defer mu.Unlock()
	v, _ := bins.Load(from)
	if v.(int) < n {
		return false
	}
	bins.Store(from, v.(int)-n)
	w, _ := bins.Load(to)
	bins.Store(to, w.(int)+n)
	return true
}

func stock(bin string) int {
	v, _ := bins.Load(bin)
	n, _ := v.(int)
	return n
}

func total() int {
	sum := 0
	bins.Range(func(_, v any) bool { sum += v.(int); return true })
	return sum
}
