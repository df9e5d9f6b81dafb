// The nightly invoice run: a feeder sends the invoices on `jobs` and closes
// it; three workers bill them and report each amount on `billed`.
package main

import "fmt"

// No workers, no close to misread.
func main() {
	invoices := Invoices()
	total := 0
	for _, inv := range invoices {
		total += Bill(inv)
	}
	fmt.Printf("billed %d invoices, total %d\n", len(invoices), total)
}
