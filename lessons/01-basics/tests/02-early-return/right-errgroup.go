// An order service answers a batch of orders at once. processOrder fetches
// each order from the database in a goroutine and, meanwhile, asks the
// shipping service for the fee; then it waits for the order on `ch`.
// The database and the shipping service (Orders, FetchFromDB, ShippingFee)
// are in world.go.
package main

import (
	"fmt"
	"sort"

	"golang.org/x/sync/errgroup"
)

func processOrder(id int) string {
	var g errgroup.Group
	var res *OrderResult
	g.Go(func() error {
		var err error
		res, err = FetchFromDB(id)
		return err // Wait hands the error back, on every path
	})
	fee := ShippingFee(id)
	if err := g.Wait(); err != nil {
		return fmt.Sprintf("order %d: failed: %v", id, err)
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
