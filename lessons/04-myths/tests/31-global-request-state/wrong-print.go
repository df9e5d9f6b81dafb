// A payment API serves its requests concurrently, one goroutine each.
// The clients, the auth service and the ledger are in world.go.
package main

import "fmt"

func main() {
	// the audit log compliance expects
	fmt.Println("audit: alice charged 30")
	fmt.Println("audit: bob charged 12")
	fmt.Println("audit: carol charged 7")
	fmt.Println("audit: dave charged 50")
	PrintLedger()
}
