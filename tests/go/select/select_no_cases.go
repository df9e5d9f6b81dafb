// An empty select blocks forever; with nothing else to run, Go reports a
// deadlock.
package main

import "fmt"

func main() {
	fmt.Println("waiting forever")
	select {}
}

// Output:
// waiting forever
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select (no cases)]:
// main.main()
// 	select_no_cases.go:9
