// The quote service's price cache (see world.go for the exchange and clients).
package main

import "sync"

// Each symbol is fetched once: the first asker fetches, later askers wait on
// its done channel, and nobody holds the lock while the exchange answers.
type entry struct {
	done  chan struct{}
	price int
}

type PriceCache struct {
	mu       sync.Mutex
	prices   map[string]*entry
	requests int
}

var cache = PriceCache{prices: map[string]*entry{}}

func (c *PriceCache) Get(sym string) int {
	c.mu.Lock()
	c.requests++
	e, ok := c.prices[sym]
	if !ok {
		e = &entry{done: make(chan struct{})}
		c.prices[sym] = e
	}
	c.mu.Unlock()
	if !ok {
		e.price = FetchPrice(sym)
		close(e.done)
	}
	<-e.done
	return e.price
}

func (c *PriceCache) Requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}
