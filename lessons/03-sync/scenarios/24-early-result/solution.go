// The profile page: FetchProfile asks three backends at once for a user's
// name, orders and friends, and returns the profile once all three are in.
// The backends are in world.go (Users, LoadName, LoadOrders, LoadFriends).
package main

import (
	"fmt"
	"sync"
)

type Profile struct {
	Name    string
	Orders  int
	Friends []string
}

func FetchProfile(id int) Profile {
	var p Profile
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // each goroutine writes its own field: no two write the same
		defer wg.Done()
		p.Orders = LoadOrders(id)
	}()
	go func() {
		defer wg.Done()
		p.Friends = LoadFriends(id)
	}()
	p.Name = LoadName(id)
	wg.Wait() // both writes happen before Wait returns: p is complete
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
