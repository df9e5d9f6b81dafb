// Loads the name and the orders together, then the friends.
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
	go func() { orders <- LoadOrders(id) }()
	p.Name = LoadName(id)
	p.Orders = <-orders
	p.Friends = LoadFriends(id)
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
