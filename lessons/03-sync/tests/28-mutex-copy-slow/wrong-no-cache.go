// The quote service's price cache (see world.go for the exchange and clients).
package main

import "sync"

type PriceCache struct {
	mu       sync.Mutex
	prices   map[string]int
	requests int
}

var cache = PriceCache{prices: map[string]int{}}

// "The cache is what needs the lock: ask the exchange every time."
func (c *PriceCache) Get(sym string) int {
	c.mu.Lock()
	c.requests++
	c.mu.Unlock()
	return FetchPrice(sym)
}

func (c *PriceCache) Requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}
