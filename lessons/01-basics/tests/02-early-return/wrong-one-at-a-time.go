// An order service answers a batch of orders at once. processOrder fetches
// each order from the database in a goroutine and, meanwhile, asks the
// shipping service for the fee; then it waits for the order on `ch`.
// The database and the shipping service (Orders, FetchFromDB, ShippingFee)
// are in world.go.
package main

import "fmt"

func processOrder(id int) string {
	type reply struct {
		res *OrderResult
		err error
	}
	ch := make(chan reply, 1)
	go func() {
		res, err := FetchFromDB(id)
		ch <- reply{res, err}
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
	sortInts(orders)
	for _, id := range orders { // one order after another: nothing can go wrong
		fmt.Println(processOrder(id))
	}
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
