// An order service answers a batch of orders at once. processOrder fetches
// each order from the database in a goroutine and, meanwhile, asks the
// shipping service for the fee; then it waits for the order on `ch`.
// The database and the shipping service (Orders, FetchFromDB, ShippingFee)
// are in world.go.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func processOrder(id int) string {
	var mu sync.Mutex
	var res *OrderResult
	var err error
	go func() {
		r, e := FetchFromDB(id)
		mu.Lock()
		res, err = r, e
		mu.Unlock()
	}()
	fee := ShippingFee(id)
	time.Sleep(100 * time.Millisecond) // plenty: the database answers in 30ms
	mu.Lock()
	defer mu.Unlock()
	if err != nil {
		return fmt.Sprintf("order %d: failed: %v", id, err)
	}
	if res == nil {
		return fmt.Sprintf("order %d: failed: no answer", id)
	}
	return fmt.Sprintf("order %d: total %d", id, res.Total+fee)
}

func main() {
	orders := Orders()
	replies := make(chan string)
	for _, id := range orders {
		go func() { replies <- processOrder(id) }()
	}

	var lines []string
	for range orders {
		lines = append(lines, <-replies)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
