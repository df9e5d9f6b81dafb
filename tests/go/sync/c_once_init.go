// sync.Once runs the initialisation exactly once, however many goroutines
// ask, and every caller sees its result.
package main

import (
	"fmt"
	"sync"
)

type config struct{ name string }

var (
	once  sync.Once
	cfg   *config
	loads int
)

func getConfig() *config {
	once.Do(func() {
		loads++
		cfg = &config{name: "prod"}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	names := make([]string, 20)
	for i := range names {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			names[i] = getConfig().name
		}(i)
	}
	wg.Wait()
	fmt.Println(loads, names[0], names[19])
}

// Output:
// 1 prod prod
