// RIGHT: the goroutine writes the result and the error to variables, then closes `fetched`; main reads them after the close.
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
	var result *OrderResult
	var err error
	fetched := make(chan struct{})
	go func() {
		defer close(fetched) // every path out says "done"
		result, err = FetchFromDB(id)
	}()
	fee := ShippingFee(id) // meanwhile, ask the shipping service
	<-fetched              // the close happens after the writes above
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
