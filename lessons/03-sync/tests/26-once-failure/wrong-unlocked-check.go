// The service's config cache (see world.go for the config server).
package main

var cfg *Config

// "Cache only a success" -- without a lock.
func getConfig() (*Config, error) {
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
