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

// Never return a pointer to a local variable: the local lives on this
// goroutine's stack, which is freed when the function returns, and the
// fetch goroutines must not write into another goroutine's stack either.
// So the profile is built in a package-level buffer, which lives forever,
// and loadProfile returns a pointer to that.
var scratch Profile

// loadProfile fetches one customer's profile.
func loadProfile(id int) *Profile {
	scratch = Profile{ID: id}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		scratch.Name = FetchName(id)
	}()
	go func() {
		defer wg.Done()
		scratch.Orders = FetchOrders(id)
	}()
	wg.Wait()
	return &scratch
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
