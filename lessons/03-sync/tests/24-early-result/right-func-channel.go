// Each loader sends back a function that fills in its field; FetchProfile
// applies the three in its own goroutine.
package main

import "fmt"

type Profile struct {
	Name    string
	Orders  int
	Friends []string
}

func FetchProfile(id int) Profile {
	fills := make(chan func(*Profile), 3)
	go func() { n := LoadName(id); fills <- func(p *Profile) { p.Name = n } }()
	go func() { o := LoadOrders(id); fills <- func(p *Profile) { p.Orders = o } }()
	go func() { f := LoadFriends(id); fills <- func(p *Profile) { p.Friends = f } }()
	var p Profile
	for i := 0; i < 3; i++ {
		(<-fills)(&p)
	}
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
