// A payment gateway settles a batch of payments.
// One goroutine calls the bank for each payment and sends the result on
// `results`; three settlers range over `results` and report each amount.
// The bank (Batch, DoPayment, PaymentResult) is in world.go.
package main

import (
	"fmt"
	"sync"
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
	settled := make(chan int)

	go func() {
		for i := 0; i < 12; i++ { // a batch is 12 payments
			results <- DoPayment(batch[i])
		}
		close(results)
	}()

	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			settle(results, settled)
		}()
	}

	total := 0
	for i := 0; i < 12; i++ {
		total += <-settled
	}
	wg.Wait()
	fmt.Printf("settled %d payments, total %d\n", 12, total)
}
