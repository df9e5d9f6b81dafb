// The account page shows a profile for each customer on it.
// The services are in world.go (Customers, FetchName, FetchOrders, Profile).
package main

import (
	"fmt"
	"sync"
)

var (
	mu      sync.Mutex
	scratch Profile
)

// One profile is built in scratch at a time, and the caller gets a copy.
func loadProfile(id int) *Profile {
	mu.Lock()
	defer mu.Unlock()
	scratch = Profile{ID: id}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); scratch.Name = FetchName(id) }()
	go func() { defer wg.Done(); scratch.Orders = FetchOrders(id) }()
	wg.Wait()
	cp := scratch
	return &cp
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
