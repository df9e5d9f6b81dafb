// A quote service caches the prices it gets from the exchange (see world.go).
package main

import (
	"sync"
	"sync/atomic"
)

type PriceCache struct {
	mu       sync.Mutex
	prices   map[string]int
	requests int64
}

var cache = PriceCache{prices: map[string]int{}}

func (c *PriceCache) Get(sym string) int {
	atomic.StoreInt64(&c.requests, atomic.LoadInt64(&c.requests)+1)
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
	return int(atomic.LoadInt64(&c.requests))
}
