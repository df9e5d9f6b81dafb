// The service loads its configuration from the config server (see world.go).
package main

import (
	"errors"
	"sync"
)

var (
	mu  sync.Mutex
	cfg *Config
)

// don't queue behind a slow load: if someone is loading, say so.
func getConfig() (*Config, error) {
	if !mu.TryLock() {
		return nil, errors.New("config is loading, try again")
	}
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
