// The profile page: FetchProfile asks three backends at once for a user's
// name, orders and friends, and returns the profile.
//
// Two of the loads run in goroutines that fill in the profile... and
// FetchProfile returns without waiting for them. The backends are in
// world.go (Users, LoadName, LoadOrders, LoadFriends); the grader runs other
// users and other backend times too.
package main

import "fmt"

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
	return p // a copy of p as it is right now: who has filled in what?
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
