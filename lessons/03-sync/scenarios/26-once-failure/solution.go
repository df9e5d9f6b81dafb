// A service loads its configuration from the config server once, and every
// request uses the cached copy. The config server and the clients are in
// world.go: FetchConfig calls the server, and it fails while the server is
// still starting up.
//
// sync.Once remembers that it ran, not whether it worked: a failed first
// load would be cached forever. Cache only a success, under a mutex, and let
// the next request try again after a failure.
package main

import "sync"

var (
	mu  sync.Mutex
	cfg *Config // nil until a load succeeds
)

// getConfig returns the service's configuration, loading it on first use.
func getConfig() (*Config, error) {
	mu.Lock()
	defer mu.Unlock() // one load at a time; the others wait and then see cfg
	if cfg != nil {
		return cfg, nil
	}
	c, err := FetchConfig()
	if err != nil {
		return nil, err // not cached: the next request tries again
	}
	cfg = c
	return cfg, nil
}
