// Each loader marks itself done with an atomic counter; FetchProfile yields
// until both have.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type Profile struct {
	Name    string
	Orders  int
	Friends []string
}

func FetchProfile(id int) Profile {
	var p Profile
	var done atomic.Int32
	go func() { p.Orders = LoadOrders(id); done.Add(1) }()
	go func() { p.Friends = LoadFriends(id); done.Add(1) }()
	p.Name = LoadName(id)
	for done.Load() < 2 {
		runtime.Gosched()
	}
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
