// A quote service caches the prices it gets from the exchange (see world.go).
package main

import (
	"sync"
	"sync/atomic"
)

type PriceCache struct {
	prices   sync.Map // sym -> int
	requests atomic.Int64
}

var cache PriceCache

func (c *PriceCache) Get(sym string) int {
	c.requests.Add(1)
	if p, ok := c.prices.Load(sym); ok {
		return p.(int)
	}
	p := FetchPrice(sym)
	actual, _ := c.prices.LoadOrStore(sym, p)
	return actual.(int)
}

func (c *PriceCache) Requests() int { return int(c.requests.Load()) }
