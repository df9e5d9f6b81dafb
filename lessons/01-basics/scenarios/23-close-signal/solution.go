// The nightly invoice run: a feeder sends tonight's invoices on `jobs` and
// closes `jobs` to say "that is all"; three workers bill them and report
// each amount on `billed`; main adds them up. A worker's `range` stops at
// the close instead of receiving zero Invoices from the closed channel.
package main

import "fmt"

const workers = 3

func worker(jobs <-chan Invoice, billed chan<- int) {
	for inv := range jobs { // ends when jobs is closed and empty
		billed <- Bill(inv)
	}
}

func main() {
	invoices := Invoices()
	jobs := make(chan Invoice)
	billed := make(chan int)

	go func() { // the feeder: the only sender, the only closer
		for _, inv := range invoices {
			jobs <- inv
		}
		close(jobs) // "no more invoices", to every worker at once
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
