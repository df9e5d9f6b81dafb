// The account page shows a profile for each customer on it (see world.go).
package main

import (
	"fmt"
	"sync"
)

// Each customer's profile is an element of one slice of values; its two
// fields are written by two goroutines, each its own field.
func loadProfile(p *Profile) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); p.Name = FetchName(p.ID) }()
	go func() { defer wg.Done(); p.Orders = FetchOrders(p.ID) }()
	wg.Wait()
}

func main() {
	ids := Customers()
	profiles := make([]Profile, len(ids))
	var wg sync.WaitGroup
	for i, id := range ids {
		profiles[i].ID = id
		wg.Add(1)
		go func(p *Profile) {
			defer wg.Done()
			loadProfile(p)
		}(&profiles[i])
	}
	wg.Wait()
	for _, p := range profiles {
		fmt.Printf("customer %d: %s, %d orders\n", p.ID, p.Name, p.Orders)
	}
}
