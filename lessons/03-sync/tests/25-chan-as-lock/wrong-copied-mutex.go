// A download mirror counts the KiB it serves (see world.go).
package main

import "sync"

type counter struct {
	sync.Mutex
	n int
}

var c = &counter{}

func lockedAdd(c counter, size int) int {
	c.Lock()
	defer c.Unlock()
	return c.n + size
}

func record(size int) {
	c.n = lockedAdd(*c, size)
}

func total() int {
	c.Lock()
	defer c.Unlock()
	return c.n
}
