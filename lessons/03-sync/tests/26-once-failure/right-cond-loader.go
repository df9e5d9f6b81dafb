// The service loads its configuration from the config server (see world.go).
package main

import "sync"

// One request loads at a time; the others wait on a condition variable and
// then look again (and load themselves if the load failed).
var (
	mu      sync.Mutex
	cond    = sync.NewCond(&mu)
	loading bool
	cfg     *Config
)

func getConfig() (*Config, error) {
	mu.Lock()
	for loading {
		cond.Wait()
	}
	if cfg != nil {
		c := cfg
		mu.Unlock()
		return c, nil
	}
	loading = true
	mu.Unlock()

	c, err := FetchConfig()

	mu.Lock()
	loading = false
	if err == nil {
		cfg = c
	}
	cond.Broadcast()
	mu.Unlock()
	return c, err
}
