// The service's config cache (see world.go for the config server).
package main

import "sync/atomic"

var cached atomic.Value // *Config once loaded

// "No race: the cache is an atomic value."
func getConfig() (*Config, error) {
	if c, ok := cached.Load().(*Config); ok {
		return c, nil
	}
	c, err := FetchConfig()
	if err != nil {
		return nil, err
	}
	cached.Store(c)
	return c, nil
}
