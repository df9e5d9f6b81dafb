// Anti-pattern: a payment gateway's result consumer ranges over a channel that the
// sender never closes, so the consumer never exits (gorolab reports it).
package main

import (
	"fmt"
	"time"
)

type PaymentResult struct {
	ID int
	OK bool
}

func doPayment(id int) *PaymentResult { return &PaymentResult{id, id%2 == 1} }

func main() {
	results := make(chan *PaymentResult)
	processed := make(chan int)
	go func() {
		n := 0
		for r := range results {
			if r.OK {
				n++
			}
		}
		processed <- n
	}()
	for _, id := range []int{1, 2, 3} {
		results <- doPayment(id)
	}
	// missing: close(results)
	select {
	case n := <-processed:
		fmt.Println("ok payments:", n)
	case <-time.After(time.Second):
		fmt.Println("consumer never finished")
	}
}

// Output:
// consumer never finished
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan receive, with main.main.func1 on top of the stack:
// main.main.func1()
// 	unclosed_channel_bad.go:22
// created by main.main in goroutine 1
// 	unclosed_channel_bad.go:20
// ]
