// The service's config cache (see world.go for the config server).
package main

import "sync"

var (
	mu  sync.RWMutex
	cfg *Config
)

// Readers share the lock once the config is there; a load takes the write
// lock and checks again, so two loads never run at once.
func getConfig() (*Config, error) {
	mu.RLock()
	c := cfg
	mu.RUnlock()
	if c != nil {
		return c, nil
	}
	mu.Lock()
	defer mu.Unlock()
	if cfg != nil {
		return cfg, nil
	}
	c, err := FetchConfig()
	if err != nil {
		return nil, err
	}
	cfg = c
	return c, nil
}
