// The account page shows a profile for each customer on it.
// The services are in world.go (Customers, FetchName, FetchOrders, Profile).
package main

import (
	"fmt"
	"sync"
)

var scratch Profile

func loadProfile(id int) *Profile {
	scratch = Profile{ID: id}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); scratch.Name = FetchName(id) }()
	go func() { defer wg.Done(); scratch.Orders = FetchOrders(id) }()
	wg.Wait()
	result := new(Profile) // a heap copy for the caller
	*result = scratch
	return result
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
