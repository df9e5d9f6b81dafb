// The warehouse's stock, bin by bin (see world.go).
package main

import "sync"

var (
	mu   sync.Mutex
	bins sync.Map // bin name -> items (int)
)

func load(bin string) int {
	mu.Lock()
	defer mu.Unlock()
	v, _ := bins.Load(bin)
	n, _ := v.(int)
	return n
}

func store(bin string, n int) {
	mu.Lock()
	defer mu.Unlock()
	bins.Store(bin, n)
}

func open(bin string, items int) { store(bin, items) }

// every sync.Map call is under the lock now.
func move(from, to string, n int) bool {
	if load(from) < n {
		return false
	}
	store(from, load(from)-n)
	store(to, load(to)+n)
	return true
}

func stock(bin string) int { return load(bin) }

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
