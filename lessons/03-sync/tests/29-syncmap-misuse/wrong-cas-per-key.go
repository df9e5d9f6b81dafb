// The warehouse's stock (see world.go for the workers and the auditor).
package main

import "sync"

// "Load then Store loses updates: use CompareAndSwap."
var bins sync.Map // bin name -> items (int)

func open(bin string, items int) { bins.Store(bin, items) }

func add(bin string, n int) bool {
	for {
		v, _ := bins.Load(bin)
		if v.(int)+n < 0 {
			return false
		}
		if bins.CompareAndSwap(bin, v, v.(int)+n) {
			return true
		}
	}
}

func move(from, to string, n int) bool {
	if !add(from, -n) {
		return false
	}
	add(to, n)
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
