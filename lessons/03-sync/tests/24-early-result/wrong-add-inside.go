// The profile page: FetchProfile asks three backends at once for a user's
// name, orders and friends.
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
	go func() {
		wg.Add(1)
		defer wg.Done()
		p.Orders = LoadOrders(id)
	}()
	go func() {
		wg.Add(1)
		defer wg.Done()
		p.Friends = LoadFriends(id)
	}()
	p.Name = LoadName(id)
	wg.Wait()
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
