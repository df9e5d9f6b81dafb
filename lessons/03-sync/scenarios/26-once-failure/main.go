// A service loads its configuration from the config server once, and every
// request uses the cached copy. The config server and the clients are in
// world.go: FetchConfig calls the server, and it fails while the server is
// still starting up.
package main

import "sync"

var (
	once sync.Once
	cfg  *Config
	err  error
)

// getConfig returns the service's configuration, loading it on first use.
func getConfig() (*Config, error) {
	once.Do(func() {
		cfg, err = FetchConfig() // what if this first call fails?
	})
	return cfg, err
}
