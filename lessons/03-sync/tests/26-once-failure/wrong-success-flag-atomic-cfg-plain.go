// The service loads its configuration from the config server (see world.go).
package main

import (
	"sync"
	"sync/atomic"
)

var (
	mu     sync.Mutex
	loaded atomic.Bool
	cfg    *Config
)

// the flag is atomic, so the fast path is safe.
func getConfig() (*Config, error) {
	if loaded.Load() {
		return cfg, nil
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
	loaded.Store(true)
	cfg = c
	return c, nil
}
