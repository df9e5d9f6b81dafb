// The service loads its configuration from the config server (see world.go).
package main

import "sync"

var load = sync.OnceValues(FetchConfig)

func getConfig() (*Config, error) {
	return load()
}
