// WRONG: the settlers throw the results away; main reads the total off the bank's books (world.go's internals), not from what was settled.
// A payment gateway settles a batch of payments.
// The sender closes `results` when the batch is done, so every settler's
// `for range` ends; `settled` is closed once the last settler has returned.
// The bank (Batch, DoPayment, PaymentResult) is in world.go.
package main

import (
	"fmt"
	"sync"
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
		defer close(results)
		for _, id := range batch {
			results <- DoPayment(id)
		}
	}()

	var wg sync.WaitGroup
	for i := 0; i < settlers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range results { // take the results off the line
			}
		}()
	}
	wg.Wait()

	total := 0 // the bank's books say what each payment is worth
	for _, id := range batch {
		if !bank.declined[id] {
			total += bank.unit * id
		}
	}
	fmt.Printf("settled %d payments, total %d\n", len(batch), total)
}
