// The warehouse's stock, bin by bin. world.go runs the workers, which call
// move(from, to, n) at the same time, and an auditor that calls total()
// while they work. Moving stock never creates or loses an item, so every
// audit should see the same total.
//
// "Concurrent access? sync.Map is the concurrent map."
package main

import "sync"

var bins sync.Map // bin name -> items (int)

// open adds a bin with its first items (before the workers start).
func open(bin string, items int) { bins.Store(bin, items) }

// move takes n items out of bin from and puts them into bin to; it reports
// false, and moves nothing, when from has fewer than n items.
func move(from, to string, n int) bool {
	v, _ := bins.Load(from)
	if v.(int) < n {
		return false
	}
	bins.Store(from, v.(int)-n)
	w, _ := bins.Load(to)
	bins.Store(to, w.(int)+n)
	return true
}

// stock is the number of items in bin.
func stock(bin string) int {
	v, _ := bins.Load(bin)
	n, _ := v.(int)
	return n
}

// total is the number of items in the whole warehouse.
func total() int {
	sum := 0
	bins.Range(func(_, v any) bool {
		sum += v.(int)
		return true
	})
	return sum
}
