// A worker stops as soon as it finds no invoice waiting.
package main

import "fmt"

const workers = 3

func worker(jobs <-chan Invoice, billed chan<- int) {
	for {
		select {
		case inv, ok := <-jobs:
			if !ok {
				return
			}
			billed <- Bill(inv)
		default:
			return
		}
	}
}

func main() {
	invoices := Invoices()
	jobs := make(chan Invoice, 1)
	billed := make(chan int)
	go func() {
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
