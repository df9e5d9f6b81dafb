// The service's config cache (see world.go for the config server).
package main

// "Caching is the problem: just ask the config server every time."
func getConfig() (*Config, error) { return FetchConfig() }
