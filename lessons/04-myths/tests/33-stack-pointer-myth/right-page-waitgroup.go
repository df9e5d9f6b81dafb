// The account page shows a profile for each customer on it (see world.go).
package main

import (
	"fmt"
	"sync"
)

// One WaitGroup for every fetch of the page: loadProfile starts the two
// fetches and returns; main waits for all of them before it reads a profile.
var fetches sync.WaitGroup

func loadProfile(id int) *Profile {
	p := &Profile{ID: id}
	fetches.Add(2)
	go func() { defer fetches.Done(); p.Name = FetchName(id) }()
	go func() { defer fetches.Done(); p.Orders = FetchOrders(id) }()
	return p
}

func main() {
	ids := Customers()
	profiles := make([]*Profile, len(ids))
	for i, id := range ids {
		profiles[i] = loadProfile(id)
	}
	fetches.Wait()
	for _, p := range profiles {
		fmt.Printf("customer %d: %s, %d orders\n", p.ID, p.Name, p.Orders)
	}
}
