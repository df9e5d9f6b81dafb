// The last worker to finish closes `billed`: an atomic count of the workers
// still running says which one is last.
package main

import (
	"fmt"
	"sync/atomic"
)

const workers = 3

var running atomic.Int32

func worker(jobs <-chan Invoice, billed chan<- int) {
	defer func() {
		if running.Add(-1) == 0 {
			close(billed)
		}
	}()
	for inv := range jobs {
		billed <- Bill(inv)
	}
}

func main() {
	invoices := Invoices()
	jobs := make(chan Invoice)
	billed := make(chan int)
	go func() {
		for _, inv := range invoices {
			jobs <- inv
		}
		close(jobs)
	}()
	running.Store(workers)
	for i := 0; i < workers; i++ {
		go worker(jobs, billed)
	}
	total, n := 0, 0
	for amount := range billed {
		total += amount
		n++
	}
	fmt.Printf("billed %d invoices, total %d\n", n, total)
}
