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
	ordersDone, friendsDone := false, false
	go func() { p.Orders = LoadOrders(id); ordersDone = true }()
	go func() { p.Friends = LoadFriends(id); friendsDone = true }()
	p.Name = LoadName(id)
	for !ordersDone || !friendsDone {
		time.Sleep(time.Millisecond)
	}
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
