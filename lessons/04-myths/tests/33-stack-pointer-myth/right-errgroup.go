// The account page shows a profile for each customer on it.
// The services are in world.go (Customers, FetchName, FetchOrders, Profile).
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func loadProfile(id int) *Profile {
	var p Profile
	p.ID = id
	var g errgroup.Group
	g.Go(func() error { p.Name = FetchName(id); return nil })
	g.Go(func() error { p.Orders = FetchOrders(id); return nil })
	g.Wait()
	return &p
}

func main() {
	ids := Customers()
	profiles := make([]*Profile, len(ids))
	var g errgroup.Group
	for i, id := range ids {
		i, id := i, id
		g.Go(func() error {
			profiles[i] = loadProfile(id)
			return nil
		})
	}
	g.Wait()
	for _, p := range profiles {
		fmt.Printf("customer %d: %s, %d orders\n", p.ID, p.Name, p.Orders)
	}
}
