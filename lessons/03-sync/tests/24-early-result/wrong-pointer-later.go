// The profile page: FetchProfile asks three backends at once for a user's
// name, orders and friends.
package main

import "fmt"

type Profile struct {
	Name    string
	Orders  int
	Friends []string
}

// Return a pointer: the goroutines keep filling it in, and by the time the
// caller prints, they are done.
func FetchProfile(id int) *Profile {
	p := &Profile{}
	go func() { p.Orders = LoadOrders(id) }()
	go func() { p.Friends = LoadFriends(id) }()
	p.Name = LoadName(id)
	return p
}

func main() {
	var profiles []*Profile
	for _, id := range Users() {
		profiles = append(profiles, FetchProfile(id))
	}
	for _, p := range profiles {
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
