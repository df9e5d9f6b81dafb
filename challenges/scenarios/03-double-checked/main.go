package main

import (
	"fmt"
	"sync"
)

type Config struct{ loadedBy string }

var (
	mu  sync.Mutex
	cfg *Config
)

// get loads the configuration once: a fast check without the lock, then
// the lock. The second check, under the lock, is missing.
func get(name string) *Config {
	if cfg == nil {
		mu.Lock()
		fmt.Println(name, "loads the config")
		cfg = &Config{loadedBy: name}
		mu.Unlock()
	}
	return cfg
}

func handler(name string, wg *sync.WaitGroup) {
	defer wg.Done()
	c := get(name)
	fmt.Println(name, "uses the config loaded by", c.loadedBy)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go handler("alice", &wg)
	go handler("bob", &wg)
	wg.Wait()
}
