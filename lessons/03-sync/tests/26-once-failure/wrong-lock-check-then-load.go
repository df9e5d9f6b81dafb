// The service's config cache (see world.go for the config server).
package main

import "sync"

var (
	mu  sync.Mutex
	cfg *Config
)

// "Never hold a lock across a network call": check under the lock, load
// without it, store under it again.
func getConfig() (*Config, error) {
	mu.Lock()
	c := cfg
	mu.Unlock()
	if c != nil {
		return c, nil
	}
	c, err := FetchConfig()
	if err != nil {
		return nil, err
	}
	mu.Lock()
	cfg = c
	mu.Unlock()
	return c, nil
}
