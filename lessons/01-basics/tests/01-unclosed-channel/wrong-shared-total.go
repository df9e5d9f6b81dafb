// A payment gateway settles a batch of payments.
// One goroutine calls the bank for each payment and sends the result on
// `results`; three settlers range over `results` and report each amount.
// The bank (Batch, DoPayment, PaymentResult) is in world.go.
package main

import (
	"fmt"
	"sync"
)

func main() {
	batch := Batch()
	results := make(chan PaymentResult)

	go func() {
		defer close(results)
		for _, id := range batch {
			results <- DoPayment(id)
		}
	}()

	total := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range results {
				if r.OK {
					total += r.Amount // every settler adds to the total
				}
			}
		}()
	}
	wg.Wait()
	fmt.Printf("settled %d payments, total %d\n", len(batch), total)
}
