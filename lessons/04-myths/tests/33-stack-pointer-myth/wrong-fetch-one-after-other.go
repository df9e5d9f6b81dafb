// The account page shows a profile for each customer on it (see world.go).
package main

import (
	"fmt"
	"sync"
)

// a local profile, and no goroutines inside: nothing can race on it.
func loadProfile(id int) *Profile {
	p := Profile{ID: id}
	p.Name = FetchName(id)
	p.Orders = FetchOrders(id)
	return &p
}

func main() {
	ids := Customers()
	profiles := make([]*Profile, len(ids))
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Add(1)
		go func(i, id int) {
			defer wg.Done()
			profiles[i] = loadProfile(id)
		}(i, id)
	}
	wg.Wait()
	for _, p := range profiles {
		fmt.Printf("customer %d: %s, %d orders\n", p.ID, p.Name, p.Orders)
	}
}
