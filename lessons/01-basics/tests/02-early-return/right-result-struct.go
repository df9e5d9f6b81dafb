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
	type reply struct {
		res *OrderResult
		err error
	}
	ch := make(chan reply, 1)
	go func() {
		result, err := FetchFromDB(id)
		ch <- reply{result, err} // one send on every path
	}()
	fee := ShippingFee(id)
	rep := <-ch
	if rep.err != nil {
		return fmt.Sprintf("order %d: failed: %v", id, rep.err)
	}
	return fmt.Sprintf("order %d: total %d", id, rep.res.Total+fee)
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
