// The nightly invoice run: a feeder sends tonight's invoices on `jobs` and
// closes `jobs` to say "that is all"; three workers bill them and report
// each amount on `billed`; main adds them up.
//
// A worker receives with a plain `<-jobs`... what does that give once `jobs`
// is closed? The billing system is in world.go (Invoices, Bill); the grader
// runs other batches too.
package main

import "fmt"

const workers = 3

func worker(jobs <-chan Invoice, billed chan<- int) {
	for {
		inv := <-jobs // after close(jobs): Invoice{} at once, forever
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
