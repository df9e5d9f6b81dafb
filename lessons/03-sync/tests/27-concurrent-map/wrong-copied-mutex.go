// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

type counter struct {
	mu sync.Mutex
	m  map[string]int
}

var c = counter{m: map[string]int{}}

// the methods have value receivers: each call locks its own copy.
func (c counter) inc(user string) {
	c.mu.Lock()
	c.m[user]++
	c.mu.Unlock()
}

func (c counter) get(user string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[user]
}

func (c counter) size() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}

func visit(user string)       { c.inc(user) }
func visits(user string) int  { return c.get(user) }
func visitors() int           { return c.size() }
