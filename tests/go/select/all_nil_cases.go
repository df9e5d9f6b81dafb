// A select whose channels are all nil can never proceed: without default it
// blocks forever.
package main

import "fmt"

func main() {
	var in chan int
	var out chan string
	fmt.Println("selecting on nil channels")
	select {
	case v := <-in:
		fmt.Println(v)
	case out <- "x":
	}
}

// Output:
// selecting on nil channels
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select]:
// main.main()
// 	all_nil_cases.go:11
