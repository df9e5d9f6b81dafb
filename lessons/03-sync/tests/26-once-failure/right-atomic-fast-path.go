// The service's config cache (see world.go for the config server).
package main

import (
	"sync"
	"sync/atomic"
)

var (
	mu     sync.Mutex
	cached atomic.Value // *Config, set once a load succeeded
)

// A lock-free read once loaded; the slow path loads under the mutex and
// checks again, so two loads never run at once.
func getConfig() (*Config, error) {
	if c, ok := cached.Load().(*Config); ok {
		return c, nil
	}
	mu.Lock()
	defer mu.Unlock()
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
