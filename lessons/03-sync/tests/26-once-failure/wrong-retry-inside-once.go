// The service's config cache (see world.go for the config server).
package main

import (
	"sync"
	"time"
)

var (
	once sync.Once
	cfg  *Config
)

// "Make the Once succeed: retry inside it until the server answers."
func getConfig() (*Config, error) {
	once.Do(func() {
		for {
			c, err := FetchConfig()
			if err == nil {
				cfg = c
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
	return cfg, nil
}
