package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func load() {
	fmt.Println("loading config")
	config = map[string]string{"mode": "test"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
		}()
	}
	wg.Wait()
	fmt.Println(config["mode"])

	// A panicking f counts as done.
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("first") })
	}()
	o.Do(func() { fmt.Println("never") })

	f := sync.OnceFunc(func() { fmt.Println("OnceFunc body") })
	f()
	f()
	g := sync.OnceFunc(func() { panic("oops") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("again:", recover()) }()
			g()
		}()
	}
}

// Output:
// loading config
// test
// recovered: first
// OnceFunc body
// again: oops
// again: oops
