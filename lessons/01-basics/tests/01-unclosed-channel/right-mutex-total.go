// RIGHT: the settlers add each amount to a total under a mutex; main waits for them with a WaitGroup.
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
		defer close(results) // only the sender knows no more results are coming
		for _, id := range batch {
			results <- DoPayment(id)
		}
	}()

	var (
		mu    sync.Mutex
		total int
		n     int
		wg    sync.WaitGroup
	)
	for i := 0; i < settlers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range results {
				amount := 0
				if r.OK {
					amount = r.Amount
				}
				mu.Lock()
				total += amount
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait() // every settler's range has ended
	fmt.Printf("settled %d payments, total %d\n", n, total)
}
