// The profile page: FetchProfile asks three backends at once for a user's
// name, orders and friends.
package main

import (
	"fmt"
	"time"
)

type Profile struct {
	Name    string
	Orders  int
	Friends []string
}

func FetchProfile(id int) Profile {
	var p Profile
	go func() { p.Orders = LoadOrders(id) }()
	go func() { p.Friends = LoadFriends(id) }()
	p.Name = LoadName(id)
	time.Sleep(100 * time.Millisecond) // the slowest backend takes 40ms
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
