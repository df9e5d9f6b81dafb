// The service's config cache (see world.go for the config server).
package main

import "sync"

var (
	once sync.Once
	cfg  *Config
	err  error
)

// "After a failure, reset the Once so the next call tries again."
func getConfig() (*Config, error) {
	once.Do(func() { cfg, err = FetchConfig() })
	if err != nil {
		once = sync.Once{}
	}
	return cfg, err
}
