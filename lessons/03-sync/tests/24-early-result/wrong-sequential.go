// The profile page: FetchProfile asks three backends at once for a user's
// name, orders and friends.
package main

import "fmt"

type Profile struct {
	Name    string
	Orders  int
	Friends []string
}

// No goroutines, nothing to wait for.
func FetchProfile(id int) Profile {
	return Profile{Name: LoadName(id), Orders: LoadOrders(id), Friends: LoadFriends(id)}
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
