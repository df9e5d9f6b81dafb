// The quote service's price cache (see world.go for the exchange and clients).
package main

import "sync"

// "A pointer to the mutex: copies share it, so value receivers are fine."
type PriceCache struct {
	mu       *sync.Mutex
	prices   map[string]int
	requests int
}

var cache = PriceCache{mu: new(sync.Mutex), prices: map[string]int{}}

func (c PriceCache) Get(sym string) int {
	c.mu.Lock()
	c.requests++
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

func (c PriceCache) Requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}
