// The service's config cache (see world.go for the config server).
package main

import (
	"sync"
	"sync/atomic"
)

// The seed article's fix: sync.Once plus atomic.Value "for visibility".
var (
	once  sync.Once
	cache atomic.Value
	err   error
)

func getConfig() (*Config, error) {
	once.Do(func() {
		var c *Config
		c, err = FetchConfig()
		cache.Store(c)
	})
	c, _ := cache.Load().(*Config)
	return c, err
}
