// A payment gateway settles a batch of payments.
// One goroutine calls the bank for each payment and sends the result on
// `results`; three settlers range over `results` and report each amount.
// The bank (Batch, DoPayment, PaymentResult) is in world.go.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

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
	batch := Batch()
	results := make(chan PaymentResult)
	settled := make(chan int, len(batch))

	var g errgroup.Group
	g.Go(func() error {
		defer close(results)
		for _, id := range batch {
			results <- DoPayment(id)
		}
		return nil
	})
	for i := 0; i < 3; i++ {
		g.Go(func() error {
			settle(results, settled)
			return nil
		})
	}
	g.Wait() // the sender and every settler have returned
	close(settled)

	total, n := 0, 0
	for amount := range settled {
		total += amount
		n++
	}
	fmt.Printf("settled %d payments, total %d\n", n, total)
}
