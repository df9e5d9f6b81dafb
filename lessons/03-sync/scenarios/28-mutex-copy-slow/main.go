// A quote service caches the prices it gets from the exchange. world.go runs
// the clients: each calls cache.Get(symbol) for its quotes, at the same time
// as the others; at the end the service prints cache.Requests().
// FetchPrice (world.go) asks the exchange: it takes 80ms.
package main

import "sync"

// PriceCache remembers the prices it fetched and counts the requests.
type PriceCache struct {
	mu       sync.Mutex
	prices   map[string]int
	requests int
}

var cache = PriceCache{prices: map[string]int{}}

// Get returns the price of sym, fetching it from the exchange on a miss.
func (c PriceCache) Get(sym string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.requests++
	p, ok := c.prices[sym]
	if !ok {
		p = FetchPrice(sym) // the exchange is slow
		c.prices[sym] = p
	}
	return p
}

// Requests is how many prices were asked for.
func (c PriceCache) Requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}
