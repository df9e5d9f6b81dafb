// The nightly invoice run: a feeder sends the invoices on `jobs` and closes
// it; three workers bill them and report each amount on `billed`.
package main

import "fmt"

const workers = 3

func worker(jobs <-chan Invoice, billed chan<- int, quit <-chan struct{}) {
	for {
		select {
		case inv := <-jobs: // a closed jobs is always ready
			billed <- Bill(inv)
		case <-quit:
			return
		}
	}
}

func main() {
	invoices := Invoices()
	jobs := make(chan Invoice)
	billed := make(chan int, 64)
	quit := make(chan struct{})

	go func() { // the feeder
		for _, inv := range invoices {
			jobs <- inv
		}
		close(jobs)
	}()
	for i := 0; i < workers; i++ {
		go worker(jobs, billed, quit)
	}

	total := 0
	for range invoices {
		total += <-billed
	}
	close(quit)
	fmt.Printf("billed %d invoices, total %d\n", len(invoices), total)
}
