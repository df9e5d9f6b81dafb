// The quote service's price cache (see world.go for the exchange and clients).
package main

import "sync"

type PriceCache struct {
	mu       sync.Mutex
	prices   map[string]int
	requests int
}

var cache = PriceCache{prices: map[string]int{}}

// "Do not hold the lock across the fetch" -- and do not take it back.
func (c *PriceCache) Get(sym string) int {
	c.mu.Lock()
	c.requests++
	p, ok := c.prices[sym]
	c.mu.Unlock()
	if !ok {
		p = FetchPrice(sym)
		c.prices[sym] = p
	}
	return p
}

func (c *PriceCache) Requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}
