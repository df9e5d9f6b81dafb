// The service's config cache (see world.go for the config server).
package main

import (
	"sync"
	"time"
)

var (
	mu      sync.Mutex
	cfg     *Config
	lastErr error
	errAt   time.Time
)

// "Cache the error for a while, so a broken server is not hammered."
func getConfig() (*Config, error) {
	mu.Lock()
	defer mu.Unlock()
	if cfg != nil {
		return cfg, nil
	}
	if lastErr != nil && time.Since(errAt) < time.Second {
		return nil, lastErr
	}
	c, err := FetchConfig()
	if err != nil {
		lastErr, errAt = err, time.Now()
		return nil, err
	}
	cfg = c
	return c, nil
}
