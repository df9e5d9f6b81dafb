// The nightly invoice run: a feeder sends the invoices on `jobs` and closes
// it; three workers bill them and report each amount on `billed`.
package main

import (
	"context"
	"fmt"
)

const workers = 3

func worker(ctx context.Context, jobs <-chan Invoice, billed chan<- int) {
	for {
		select {
		case inv, ok := <-jobs:
			if !ok {
				return // closed: the batch is over
			}
			select {
			case billed <- Bill(inv):
			case <-ctx.Done():
				return
			}
		case <-ctx.Done():
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	invoices := Invoices()
	jobs := make(chan Invoice)
	billed := make(chan int)

	go func() { // the feeder
		for _, inv := range invoices {
			jobs <- inv
		}
		close(jobs)
	}()
	for i := 0; i < workers; i++ {
		go worker(ctx, jobs, billed)
	}

	total := 0
	for range invoices {
		total += <-billed
	}
	fmt.Printf("billed %d invoices, total %d\n", len(invoices), total)
}
