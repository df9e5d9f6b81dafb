// sync.Once: the function run by Do returns before any Do returns.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		once.Do(func() { fmt.Println("once") })
		wg.Done()
	}()
	go func() {
		once.Do(func() { fmt.Println("once") })
	}()
	wg.Wait()
	once.Do(func() {})
	fmt.Println("main")
}
