// A payment gateway settles a batch of payments.
// One goroutine calls the bank for each request and sends the result on
// `results`; three settlers range over `results` and report each amount.
package main

import (
	"fmt"
	"time"
)

type PaymentResult struct {
	ID     int
	Amount int
	OK     bool
}

// doPayment stands in for the bank's API: 20-40ms per call.
func doPayment(id int) PaymentResult {
	time.Sleep(time.Duration(20+10*(id%3)) * time.Millisecond)
	return PaymentResult{ID: id, Amount: 100 * id, OK: id%5 != 0}
}

func settle(results <-chan PaymentResult, settled chan<- int) {
	for r := range results { // ends only when results is closed
		if r.OK {
			settled <- r.Amount
		} else {
			settled <- 0
		}
	}
}

func main() {
	batch := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	results := make(chan PaymentResult)
	settled := make(chan int)

	go func() {
		for _, req := range batch {
			results <- doPayment(req)
		}
		// the sender is done here... and says nothing
	}()

	for i := 0; i < 3; i++ {
		go settle(results, settled)
	}

	total := 0
	for range batch {
		total += <-settled
	}
	time.Sleep(time.Second) // give the settlers time to finish
	fmt.Printf("settled %d payments, total %d\n", len(batch), total)
}
