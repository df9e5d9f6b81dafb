// The nightly invoice run: a feeder sends the invoices on `jobs` and closes
// it; three workers bill them and report each amount on `billed`.
package main

import "fmt"

const workers = 3

func worker(jobs <-chan Invoice, billed chan<- int) {
	for {
		inv, ok := <-jobs
		if !ok {
			continue // closed: nothing to bill this time round
		}
		billed <- Bill(inv)
	}
}

func main() {
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
		go worker(jobs, billed)
	}

	total := 0
	for range invoices {
		total += <-billed
	}
	fmt.Printf("billed %d invoices, total %d\n", len(invoices), total)
}
