// The account page shows a profile for each customer on it.
//
// loadProfile fetches a customer's name and order count at the same time,
// one goroutine each, and main loads every customer at the same time. The
// services are in world.go (Customers, FetchName, FetchOrders, Profile).
package main

import (
	"fmt"
	"sync"
)

// loadProfile fetches one customer's profile. p is local to this call, so
// each customer gets its own Profile. Returning &p is safe in Go: escape
// analysis sees that p outlives the call and allocates it on the heap
// (`go build -gcflags=-m` says "moved to heap: p"); the garbage collector
// keeps it alive as long as a pointer to it exists.
func loadProfile(id int) *Profile {
	p := Profile{ID: id}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		p.Name = FetchName(id)
	}()
	go func() {
		defer wg.Done()
		p.Orders = FetchOrders(id)
	}()
	wg.Wait() // both writes happen before the return
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
