// A payment gateway settles a batch of payments.
// One goroutine calls the bank for each payment and sends the result on
// `results`; three settlers range over `results` and report each amount.
// The bank (Batch, DoPayment, PaymentResult) is in world.go.
package main

import (
	"fmt"
	"sync"
	"time"
)

// settle returns once no result has come for a while: the batch must be over.
func settle(results <-chan PaymentResult, settled chan<- int) {
	for {
		select {
		case r := <-results:
			if r.OK {
				settled <- r.Amount
			} else {
				settled <- 0
			}
		case <-time.After(200 * time.Millisecond):
			return
		}
	}
}

func main() {
	batch := Batch()
	results := make(chan PaymentResult)
	settled := make(chan int, len(batch))

	go func() {
		for _, id := range batch {
			results <- DoPayment(id)
		}
	}()

	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			settle(results, settled)
		}()
	}
	wg.Wait()
	close(settled)

	total := 0
	for amount := range settled {
		total += amount
	}
	fmt.Printf("settled %d payments, total %d\n", len(batch), total)
}
