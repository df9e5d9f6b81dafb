// Fetches every user at once, each profile's loads one after another, and
// prints them in order.
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

func FetchProfile(id int) Profile {
	return Profile{Name: LoadName(id), Orders: LoadOrders(id), Friends: LoadFriends(id)}
}

func main() {
	ids := Users()
	profiles := make([]Profile, len(ids))
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			profiles[i] = FetchProfile(id)
		}()
	}
	wg.Wait()
	for _, p := range profiles {
		fmt.Printf("%s: %d orders, friends %v\n", p.Name, p.Orders, p.Friends)
	}
}
