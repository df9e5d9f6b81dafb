// The quote service's price cache (see world.go for the exchange and clients).
package main

import "sync"

type PriceCache struct {
	mu       sync.Mutex
	prices   map[string]int
	requests int
}

var cache = PriceCache{prices: map[string]int{}}

func (c *PriceCache) Get(sym string) int {
	c.requests++ // "just a counter"
	c.mu.Lock()
	p, ok := c.prices[sym]
	c.mu.Unlock()
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
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}
