// Fixed: the sender closes the channel when done (defer close in the
// sending goroutine), so the consumer's range ends.
package main

import "fmt"

type PaymentResult struct {
	ID int
	OK bool
}

func doPayment(id int) *PaymentResult { return &PaymentResult{id, id%2 == 1} }

func main() {
	results := make(chan *PaymentResult)
	go func() {
		defer close(results) // only the sender closes
		for _, id := range []int{1, 2, 3} {
			results <- doPayment(id)
		}
	}()
	n := 0
	for r := range results {
		if r.OK {
			n++
		}
	}
	fmt.Println("ok payments:", n)
}

// Output:
// ok payments: 2
