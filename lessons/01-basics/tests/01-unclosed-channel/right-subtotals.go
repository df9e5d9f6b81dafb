// RIGHT: each settler sums its share and sends one subtotal when its range is over; main waits for the three subtotals.
// A payment gateway settles a batch of payments.
// The sender closes `results` when the batch is done, so every settler's
// `for range` ends; `settled` is closed once the last settler has returned.
// The bank (Batch, DoPayment, PaymentResult) is in world.go.
package main

import (
	"fmt"
)

// settlers is how many goroutines settle the batch.
const settlers = 3

// settle reports the amount of every result it receives on `results`:
// the payment's amount, or 0 when the bank declined it. It returns when
// the batch is over, that is when `results` is closed and drained.
//
// Several settlers receive from the same channel: each result goes to
// exactly one of them.
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

	go func() {
		defer close(results) // only the sender knows no more results are coming
		for _, id := range batch {
			results <- DoPayment(id)
		}
	}()

	type subtotal struct{ n, amount int }
	subtotals := make(chan subtotal, settlers) // one per settler: nobody waits to send
	for i := 0; i < settlers; i++ {
		go func() {
			var s subtotal
			for r := range results {
				s.n++
				if r.OK {
					s.amount += r.Amount
				}
			}
			subtotals <- s // the range is over: report this settler's share
		}()
	}

	total, n := 0, 0
	for i := 0; i < settlers; i++ {
		s := <-subtotals
		total += s.amount
		n += s.n
	}
	fmt.Printf("settled %d payments, total %d\n", n, total)
}
