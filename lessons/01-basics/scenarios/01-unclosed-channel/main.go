// A payment gateway settles a batch of payments.
//
// One goroutine calls the bank for each payment of the batch and sends the
// result on `results`; three settlers range over `results` and pass each
// amount (0 for a declined payment) on `settled`, where main adds them up.
//
// The bank is in world.go: Batch returns the ids of the batch's payments
// and DoPayment calls the bank for one of them. The grader runs other
// batches too: other sizes, a slower bank, other declined payments.
package main

import "fmt"

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
	settled := make(chan int)

	go func() {
		for _, id := range batch {
			results <- DoPayment(id)
		}
		// the sender is done here... and says nothing
	}()

	for i := 0; i < settlers; i++ {
		go settle(results, settled)
	}

	total := 0
	for range batch {
		total += <-settled
	}
	fmt.Printf("settled %d payments, total %d\n", len(batch), total)
}
