// The workers bill, but main sums the amounts from the invoice list and
// prints without waiting for the bills.
package main

import "fmt"

const workers = 3

func main() {
	invoices := Invoices()
	jobs := make(chan Invoice)
	done := make(chan bool)
	for i := 0; i < workers; i++ {
		go func() {
			for inv := range jobs {
				Bill(inv)
			}
			done <- true
		}()
	}
	total := 0
	for _, inv := range invoices {
		jobs <- inv
		total += inv.Amount
	}
	close(jobs)
	fmt.Printf("billed %d invoices, total %d\n", len(invoices), total)
	<-done
}
