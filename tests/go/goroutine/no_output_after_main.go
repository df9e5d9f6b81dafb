// Once main returns the program exits: a goroutine that had not run yet
// prints nothing (Go 1.19: 5 runs of 5), even though gorolab lets it run
// on, unseen, to see where it would block.
package main

import "fmt"

func main() {
	go fmt.Println("from a goroutine")
	go func() { fmt.Println("from a closure") }()
}

