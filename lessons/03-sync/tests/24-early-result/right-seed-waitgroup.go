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

// The seed article's "risky" version: it says returning after wg.Wait() is a
// data race. It is not: everything a goroutine did before wg.Done() happens
// before wg.Wait() returns, and the race detector stays quiet.
func FetchProfile(id int) Profile {
	var name string
	var orders int
	var friends []string
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); name = LoadName(id) }()
	go func() { defer wg.Done(); orders = LoadOrders(id) }()
	go func() { defer wg.Done(); friends = LoadFriends(id) }()
	wg.Wait()
	return Profile{Name: name, Orders: orders, Friends: friends}
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
