// Fixed: each worker recovers its own panic and reports it as an error; the
// service keeps running. (Go 1.22 loop variables: each goroutine has its
// own user.)
package main

import (
	"fmt"
	"sync"
)

func handle(req map[string]string) {
	limits := map[string]int{}
	limits[req["user"]]++
	if req["user"] == "" {
		panic("empty user")
	}
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for _, user := range []string{"gopher", ""} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					errs <- fmt.Errorf("request %q: %v", user, r)
				}
			}()
			handle(map[string]string{"user": user})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		fmt.Println(err)
	}
	fmt.Println("served")
}

// Output:
// request "": empty user
// served
