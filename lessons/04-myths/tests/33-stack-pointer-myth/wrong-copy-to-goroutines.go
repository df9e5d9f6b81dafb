// The account page shows a profile for each customer on it.
// The services are in world.go (Customers, FetchName, FetchOrders, Profile).
package main

import (
	"fmt"
	"sync"
)

// Each goroutine gets its own copy of the profile, so it never writes
// into this function's stack.
func loadProfile(id int) *Profile {
	p := new(Profile)
	p.ID = id
	var wg sync.WaitGroup
	wg.Add(2)
	go func(q Profile) { defer wg.Done(); q.Name = FetchName(id) }(*p)
	go func(q Profile) { defer wg.Done(); q.Orders = FetchOrders(id) }(*p)
	wg.Wait()
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
