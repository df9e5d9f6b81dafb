// The service loads its configuration from the config server (see world.go).
package main

import "sync"

var (
	mu  sync.RWMutex
	cfg *Config
)

// the fast path takes a read lock; a miss takes the write lock and loads.
func getConfig() (*Config, error) {
	mu.RLock()
	c := cfg
	mu.RUnlock()
	if c != nil {
		return c, nil
	}
	mu.Lock()
	defer mu.Unlock()
	c, err := FetchConfig()
	if err != nil {
		return nil, err
	}
	cfg = c
	return c, nil
}
