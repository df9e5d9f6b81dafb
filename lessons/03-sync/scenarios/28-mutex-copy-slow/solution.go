// A quote service caches the prices it gets from the exchange. world.go runs
// the clients: each calls cache.Get(symbol) for its quotes, at the same time
// as the others; at the end the service prints cache.Requests().
// FetchPrice (world.go) asks the exchange: it takes 80ms.
package main

import "sync"

// PriceCache remembers the prices it fetched and counts the requests.
// It holds a mutex, so it must not be copied: its methods take a pointer.
type PriceCache struct {
	mu       sync.Mutex
	prices   map[string]int
	requests int
}

var cache = PriceCache{prices: map[string]int{}}

// Get returns the price of sym, fetching it from the exchange on a miss.
// The lock guards the map and the counter, never the slow fetch.
func (c *PriceCache) Get(sym string) int {
	c.mu.Lock()
	c.requests++
	p, ok := c.prices[sym]
	c.mu.Unlock()
	if ok {
		return p
	}
	p = FetchPrice(sym) // without the lock: other symbols go on meanwhile
	c.mu.Lock()
	c.prices[sym] = p
	c.mu.Unlock()
	return p
}

// Requests is how many prices were asked for.
func (c *PriceCache) Requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}
