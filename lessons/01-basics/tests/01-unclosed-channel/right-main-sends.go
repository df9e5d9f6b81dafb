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
	settled := make(chan int, len(batch)) // main sends, so nobody reads this until the end

	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			defer wg.Done()
			settle(results, settled)
		}()
	}

	for _, id := range batch {
		results <- DoPayment(id)
	}
	close(results) // main is the sender here, so main closes
	wg.Wait()
	close(settled)

	total := 0
	for amount := range settled {
		total += amount
	}
	fmt.Printf("settled %d payments, total %d\n", len(batch), total)
}
