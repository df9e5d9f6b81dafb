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

func processOrder(id int) string {
	ch := make(chan *OrderResult, 10) // more room
	go func() {
		result, err := FetchFromDB(id)
		if err != nil {
			return
		}
		ch <- result
	}()
	fee := ShippingFee(id)
	res := <-ch
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
