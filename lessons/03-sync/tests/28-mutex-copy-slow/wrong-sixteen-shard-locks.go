// A quote service caches the prices it gets from the exchange (see world.go).
package main

import "sync"

// sixteen shards, each with its own lock, held across the fetch: symbols in
// different shards are fetched at the same time.
type shard struct {
	mu     sync.Mutex
	prices map[string]int
}

type PriceCache struct {
	shards   [16]shard
	mu       sync.Mutex
	requests int
}

var cache = func() PriceCache {
	var c PriceCache
	for i := range c.shards {
		c.shards[i].prices = map[string]int{}
	}
	return c
}()

func (c *PriceCache) Get(sym string) int {
	c.mu.Lock()
	c.requests++
	c.mu.Unlock()
	h := 0
	for i := 0; i < len(sym); i++ {
		h += int(sym[i])
	}
	s := &c.shards[h%16]
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.prices[sym]
	if !ok {
		p = FetchPrice(sym)
		s.prices[sym] = p
	}
	return p
}

func (c *PriceCache) Requests() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.requests
}
