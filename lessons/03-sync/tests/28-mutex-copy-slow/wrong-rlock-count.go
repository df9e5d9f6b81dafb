// A quote service caches the prices it gets from the exchange (see world.go).
package main

import "sync"

type PriceCache struct {
	mu       sync.RWMutex
	prices   map[string]int
	requests int
}

var cache = PriceCache{prices: map[string]int{}}

// a cached price is only read: the read lock lets clients in together.
func (c *PriceCache) Get(sym string) int {
	c.mu.RLock()
	c.requests++
	p, ok := c.prices[sym]
	c.mu.RUnlock()
	if ok {
		return p
	}
	p = FetchPrice(sym)
	c.mu.Lock()
	c.prices[sym] = p
	c.mu.Unlock()
	return p
}

func (c *PriceCache) Requests() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.requests
}
