// The warehouse's stock (see world.go for the workers and the auditor).
package main

import (
	"sync"
	"time"
)

var bins sync.Map // bin name -> items (int)

func open(bin string, items int) { bins.Store(bin, items) }

func move(from, to string, n int) bool {
	for {
		v, _ := bins.Load(from)
		if v.(int) < n {
			return false
		}
		if bins.CompareAndSwap(from, v, v.(int)-n) {
			break
		}
	}
	for {
		w, _ := bins.Load(to)
		if bins.CompareAndSwap(to, w, w.(int)+n) {
			return true
		}
	}
}

func stock(bin string) int {
	v, _ := bins.Load(bin)
	n, _ := v.(int)
	return n
}

func sum() int {
	s := 0
	bins.Range(func(_, v any) bool { s += v.(int); return true })
	return s
}

// "Count twice, a moment apart, until two counts agree: then nothing moved."
func total() int {
	last := sum()
	for {
		time.Sleep(100 * time.Microsecond)
		now := sum()
		if now == last {
			return now
		}
		last = now
	}
}
