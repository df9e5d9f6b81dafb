// The profile page: FetchProfile asks three backends at once for a user's
// name, orders and friends.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

type Profile struct {
	Name    string
	Orders  int
	Friends []string
}

func FetchProfile(id int) Profile {
	var p Profile
	var g errgroup.Group
	g.Go(func() error { p.Name = LoadName(id); return nil })
	g.Go(func() error { p.Orders = LoadOrders(id); return nil })
	g.Go(func() error { p.Friends = LoadFriends(id); return nil })
	g.Wait()
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
