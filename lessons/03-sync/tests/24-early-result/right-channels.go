// The profile page: FetchProfile asks three backends at once for a user's
// name, orders and friends.
package main

import "fmt"

type Profile struct {
	Name    string
	Orders  int
	Friends []string
}

// Each loader hands its result over a channel: the receive is the wait.
func FetchProfile(id int) Profile {
	orders := make(chan int, 1)
	friends := make(chan []string, 1)
	go func() { orders <- LoadOrders(id) }()
	go func() { friends <- LoadFriends(id) }()
	name := LoadName(id)
	return Profile{Name: name, Orders: <-orders, Friends: <-friends}
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
