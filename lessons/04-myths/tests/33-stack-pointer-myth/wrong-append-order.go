// The account page shows a profile for each customer on it (see world.go).
package main

import (
	"fmt"
	"sync"
)

func loadProfile(id int) *Profile {
	p := &Profile{ID: id}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); p.Name = FetchName(id) }()
	go func() { defer wg.Done(); p.Orders = FetchOrders(id) }()
	wg.Wait()
	return p
}

func main() {
	var mu sync.Mutex
	var profiles []*Profile
	var wg sync.WaitGroup
	for _, id := range Customers() {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			p := loadProfile(id)
			mu.Lock()
			profiles = append(profiles, p)
			mu.Unlock()
		}(id)
	}
	wg.Wait()
	for _, p := range profiles {
		fmt.Printf("customer %d: %s, %d orders\n", p.ID, p.Name, p.Orders)
	}
}
