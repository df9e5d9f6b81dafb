// The profile page: FetchProfile asks three backends at once for a user's
// name, orders and friends.
package main

import "fmt"

type Profile struct {
	Name    string
	Orders  int
	Friends []string
}

// One channel of updates; FetchProfile applies them itself, so only it
// writes p, and it returns after the two updates it is owed.
func FetchProfile(id int) Profile {
	updates := make(chan func(*Profile), 2)
	go func() { n := LoadOrders(id); updates <- func(p *Profile) { p.Orders = n } }()
	go func() { f := LoadFriends(id); updates <- func(p *Profile) { p.Friends = f } }()
	p := Profile{Name: LoadName(id)}
	for i := 0; i < 2; i++ {
		(<-updates)(&p)
	}
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
