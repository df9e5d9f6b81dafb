// The profile page: FetchProfile asks three backends at once for a user's
// name, orders and friends.
package main

import "fmt"

type Profile struct {
	Name    string
	Orders  int
	Friends []string
}

func FetchProfile(id int) Profile {
	var p Profile
	orders := make(chan int)
	go func() { orders <- LoadOrders(id) }() // the slow one: wait for it
	go func() { p.Friends = LoadFriends(id) }() // faster than LoadName anyway
	p.Name = LoadName(id)
	p.Orders = <-orders
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
