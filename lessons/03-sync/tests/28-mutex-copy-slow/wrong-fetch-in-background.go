// The quote service's price cache (see world.go for the exchange and clients).
package main

import "sync"

type PriceCache struct {
	mu       sync.Mutex
	prices   map[string]int
	requests int
}

var cache = PriceCache{prices: map[string]int{}}

// "Never wait for the exchange: fetch in the background, answer from the cache."
func (c *PriceCache) Get(sym string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.requests++
	p, ok := c.prices[sym]
	if !ok {
		go func() {
			v := FetchPrice(sym)
			c.mu.Lock()
			c.prices[sym] = v
			c.mu.Unlock()
		}()
	}
	return p
}

func (c *PriceCache) Requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}
