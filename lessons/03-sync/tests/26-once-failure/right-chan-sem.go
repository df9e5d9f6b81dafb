// The service's config cache (see world.go for the config server).
package main

// A channel of one guards the loader; cfg is written and read only while
// holding it.
var (
	sem = make(chan struct{}, 1)
	cfg *Config
)

func getConfig() (*Config, error) {
	sem <- struct{}{}
	defer func() { <-sem }()
	if cfg == nil {
		c, err := FetchConfig()
		if err != nil {
			return nil, err
		}
		cfg = c
	}
	return cfg, nil
}
