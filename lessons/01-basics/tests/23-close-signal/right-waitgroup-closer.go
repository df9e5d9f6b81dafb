// The nightly invoice run: a feeder sends the invoices on `jobs` and closes
// it; three workers bill them and report each amount on `billed`.
package main

import (
	"fmt"
	"sync"
)

const workers = 3

func worker(jobs <-chan Invoice, billed chan<- int) {
	for inv := range jobs {
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
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(jobs, billed)
		}()
	}
	go func() {
		wg.Wait()
		close(billed) // one closer, after every worker: the completion signal
	}()

	total, n := 0, 0
	for amount := range billed {
		total += amount
		n++
	}
	fmt.Printf("billed %d invoices, total %d\n", n, total)
}
