// The quote service's price cache (see world.go for the exchange and clients).
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

func (c *PriceCache) Get(sym string) int {
	c.requests.Add(1)
	c.mu.RLock()
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

func (c *PriceCache) Requests() int { return int(c.requests.Load()) }
