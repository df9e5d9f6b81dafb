// recover works only in the panicking goroutine's own deferred call: each
// worker turns its panic into an error and the program goes on.
package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs []error, i int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs[i] = fmt.Errorf("task %d: %v", i, r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make([]error, 3)
	safeGo(&wg, errs, 0, func() {})
	safeGo(&wg, errs, 1, func() { panic("disk full") })
	safeGo(&wg, errs, 2, func() {
		var m map[string]int
		m["x"] = 1
	})
	wg.Wait()
	for i, err := range errs {
		fmt.Println(i, err)
	}
}

// Output:
// 0 <nil>
// 1 task 1: disk full
// 2 task 2: assignment to entry in nil map
