// RIGHT: the shipping fee is asked in a goroutine while processOrder queries the database itself; the error comes straight back.
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
	fees := make(chan int, 1) // buffered: the fee goroutine never waits for us
	go func() { fees <- ShippingFee(id) }()
	result, err := FetchFromDB(id) // meanwhile, the database, right here
	fee := <-fees
	if err != nil {
		return fmt.Sprintf("order %d: %v", id, err)
	}
	return fmt.Sprintf("order %d: total %d", id, result.Total+fee)
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
