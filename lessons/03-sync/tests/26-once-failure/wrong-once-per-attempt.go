// The service loads its configuration from the config server (see world.go).
package main

import "sync"

type attempt struct {
	once sync.Once
	cfg  *Config
	err  error
}

var (
	mu      sync.Mutex
	current = new(attempt)
)

// each attempt has its own Once; a failed attempt is replaced by a new one.
func getConfig() (*Config, error) {
	mu.Lock()
	a := current
	mu.Unlock()
	a.once.Do(func() { a.cfg, a.err = FetchConfig() })
	if a.err != nil {
		mu.Lock()
		if current == a {
			current = new(attempt)
		}
		mu.Unlock()
	}
	return a.cfg, a.err
}
