// The warehouse's stock, bin by bin (see world.go).
package main

import "sync"

var (
	mu   sync.RWMutex
	bins sync.Map // bin name -> items (int)
)

func open(bin string, items int) { bins.Store(bin, items) }

// moves only use sync.Map's own safe calls: they may share the lock; the
// audit takes it alone, so it never sees half a move... or does it?
func move(from, to string, n int) bool {
	mu.RLock()
	defer mu.RUnlock()
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
	mu.Lock()
	defer mu.Unlock()
	sum := 0
	bins.Range(func(_, v any) bool {
		sum += v.(int)
		return true
	})
	return sum
}
