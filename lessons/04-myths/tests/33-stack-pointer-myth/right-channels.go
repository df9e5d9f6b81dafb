// The account page shows a profile for each customer on it.
// The services are in world.go (Customers, FetchName, FetchOrders, Profile).
package main

import (
	"fmt"
	"sync"
)

// The fetch goroutines send their answers; loadProfile assembles them.
func loadProfile(id int) *Profile {
	names := make(chan string, 1)
	orders := make(chan int, 1)
	go func() { names <- FetchName(id) }()
	go func() { orders <- FetchOrders(id) }()
	return &Profile{ID: id, Name: <-names, Orders: <-orders}
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
