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
	var mu sync.Mutex
	var p Profile
	go func() {
		n := LoadOrders(id)
		mu.Lock()
		p.Orders = n
		mu.Unlock()
	}()
	go func() {
		f := LoadFriends(id)
		mu.Lock()
		p.Friends = f
		mu.Unlock()
	}()
	name := LoadName(id)
	mu.Lock() // no race any more...
	defer mu.Unlock()
	p.Name = name
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
