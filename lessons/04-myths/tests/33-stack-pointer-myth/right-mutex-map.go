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
	ids := Customers()
	var mu sync.Mutex
	byID := map[int]*Profile{}
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			p := loadProfile(id)
			mu.Lock()
			byID[id] = p
			mu.Unlock()
		}(id)
	}
	wg.Wait()
	for _, id := range ids {
		p := byID[id]
		fmt.Printf("customer %d: %s, %d orders\n", p.ID, p.Name, p.Orders)
	}
}
