// A quote service caches the prices it gets from the exchange (see world.go).
package main

import (
	"sync"
	"sync/atomic"
)

type PriceCache struct {
	mu       sync.RWMutex
	prices   map[string]int
	requests atomic.Int64
}

var cache = PriceCache{prices: map[string]int{}}

// prices never change once known: storing one under the read lock is harmless.
func (c *PriceCache) Get(sym string) int {
	c.requests.Add(1)
	c.mu.RLock()
	defer c.mu.RUnlock()
	if p, ok := c.prices[sym]; ok {
		return p
	}
	c.mu.RUnlock()
	p := FetchPrice(sym)
	c.mu.RLock()
	c.prices[sym] = p
	return p
}

func (c *PriceCache) Requests() int { return int(c.requests.Load()) }
