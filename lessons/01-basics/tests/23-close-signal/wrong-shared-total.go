// The nightly invoice run: a feeder sends the invoices on `jobs` and closes
// it; three workers bill them and report each amount on `billed`.
package main

import (
	"fmt"
	"sync"
)

const workers = 3

var total int

func worker(jobs <-chan Invoice, wg *sync.WaitGroup) {
	defer wg.Done()
	for inv := range jobs {
		total += Bill(inv)
	}
}

func main() {
	invoices := Invoices()
	jobs := make(chan Invoice)
	go func() { // the feeder
		for _, inv := range invoices {
			jobs <- inv
		}
		close(jobs)
	}()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go worker(jobs, &wg)
	}
	wg.Wait()
	fmt.Printf("billed %d invoices, total %d\n", len(invoices), total)
}
