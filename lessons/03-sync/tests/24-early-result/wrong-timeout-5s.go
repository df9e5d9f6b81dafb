// Waits for the three loads, but at most five seconds: "no backend is that slow".
package main

import (
	"fmt"
	"sync"
	"time"
)

type Profile struct {
	Name    string
	Orders  int
	Friends []string
}

func FetchProfile(id int) Profile {
	var (
		mu sync.Mutex
		p  Profile
		wg sync.WaitGroup
	)
	wg.Add(3)
	go func() { defer wg.Done(); v := LoadName(id); mu.Lock(); p.Name = v; mu.Unlock() }()
	go func() { defer wg.Done(); v := LoadOrders(id); mu.Lock(); p.Orders = v; mu.Unlock() }()
	go func() { defer wg.Done(); v := LoadFriends(id); mu.Lock(); p.Friends = v; mu.Unlock() }()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	mu.Lock()
	defer mu.Unlock()
	return p
}

func main() {
	for _, id := range Users() {
		p := FetchProfile(id)
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
