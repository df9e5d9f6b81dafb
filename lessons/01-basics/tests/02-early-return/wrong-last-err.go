// An order service answers a batch of orders at once. processOrder fetches
// each order from the database in a goroutine and, meanwhile, asks the
// shipping service for the fee; then it waits for the order on `ch`.
// The database and the shipping service (Orders, FetchFromDB, ShippingFee)
// are in world.go.
package main

import (
	"fmt"
	"sort"
)

var lastErr error // the database's last error

func processOrder(id int) string {
	ch := make(chan *OrderResult, 1)
	go func() {
		defer close(ch)
		result, err := FetchFromDB(id)
		if err != nil {
			lastErr = err
			return
		}
		ch <- result
	}()
	fee := ShippingFee(id)
	res, ok := <-ch
	if !ok {
		return fmt.Sprintf("order %d: failed: %v", id, lastErr)
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
