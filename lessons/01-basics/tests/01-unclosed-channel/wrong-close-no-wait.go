// A payment gateway settles a batch of payments.
// One goroutine calls the bank for each payment and sends the result on
// `results`; three settlers range over `results` and report each amount.
// The bank (Batch, DoPayment, PaymentResult) is in world.go.
package main

import "fmt"

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
	settled := make(chan int)

	go func() {
		defer close(results) // the sender closes
		for _, id := range batch {
			results <- DoPayment(id)
		}
	}()

	for i := 0; i < 3; i++ {
		go settle(results, settled)
	}

	total := 0
	for range batch {
		total += <-settled
	}
	fmt.Printf("settled %d payments, total %d\n", len(batch), total)
}
