// The account page shows a profile for each customer on it.
// The services are in world.go (Customers, FetchName, FetchOrders, Profile).
package main

import (
	"fmt"
	"sync"
)

// p is on the heap (new), so the goroutines can fill it in later.
func loadProfile(id int) *Profile {
	p := &Profile{ID: id}
	go func() { p.Name = FetchName(id) }()
	go func() { p.Orders = FetchOrders(id) }()
	return p
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
