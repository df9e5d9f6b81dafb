// The warehouse's stock (see world.go for the workers and the auditor).
package main

import (
	"sync"
	"sync/atomic"
)

// "Keep the total on the side: moves do not change it."
var (
	bins  sync.Map
	items atomic.Int64
)

func open(bin string, n int) {
	bins.Store(bin, n)
	items.Add(int64(n))
}

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

func stock(bin string) int {
	v, _ := bins.Load(bin)
	n, _ := v.(int)
	return n
}

func total() int { return int(items.Load()) }
