// A download mirror counts the KiB it serves (see world.go).
package main

import "sync/atomic"

var served int64

func record(size int) {
	for {
		old := atomic.LoadInt64(&served)
		if atomic.CompareAndSwapInt64(&served, old, old+int64(size)) {
			return
		}
	}
}

func total() int {
	return int(atomic.LoadInt64(&served))
}
