package main

import "fmt"

func process(id int) {
	defer fmt.Println("cleanup", id)
	fmt.Println("work", id)
}

func main() {
	for i := 0; i < 3; i++ {
		process(i)
	}
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print(" ", i) }() // Go 1.22: per-iteration i
		}
	}()
	fmt.Println()
}

// Go 1.22 semantics: each closure captures its own i, so the deferred calls
// print 2 1 0 (Go 1.21 and earlier print 3 3 3).

// Output:
// work 0
// cleanup 0
// work 1
// cleanup 1
// work 2
// cleanup 2
//  2 1 0
