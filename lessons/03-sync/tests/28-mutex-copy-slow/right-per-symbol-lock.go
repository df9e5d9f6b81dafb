// The quote service's price cache (see world.go for the exchange and clients).
package main

import "sync"

// One lock per symbol for the slow fetch; the cache's lock only guards the
// maps and the counter, briefly.
type PriceCache struct {
	mu       sync.Mutex
	locks    map[string]*sync.Mutex
	prices   map[string]int
	requests int
}

var cache = PriceCache{locks: map[string]*sync.Mutex{}, prices: map[string]int{}}

func (c *PriceCache) lookup(sym string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.prices[sym]
	return p, ok
}

func (c *PriceCache) Get(sym string) int {
	c.mu.Lock()
	c.requests++
	l, ok := c.locks[sym]
	if !ok {
		l = new(sync.Mutex)
		c.locks[sym] = l
	}
	c.mu.Unlock()

	l.Lock() // only askers of the same symbol wait here
	defer l.Unlock()
	if p, ok := c.lookup(sym); ok {
		return p
	}
	p := FetchPrice(sym)
	c.mu.Lock()
	c.prices[sym] = p
	c.mu.Unlock()
	return p
}

func (c *PriceCache) Requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}
