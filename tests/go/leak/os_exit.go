// os.Exit ends the program as main's return does (Go prints nothing more);
// what is left blocked then leaked as surely, and gorolab reports it, so a
// program cannot hide its leaks behind os.Exit(0).
package main

import (
	"fmt"
	"os"
)

func main() {
	jobs := make(chan int)
	go func() {
		for j := range jobs {
			fmt.Println("job", j)
		}
	}()
	jobs <- 1
	os.Exit(0)
}

// Output:
// job 1
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan receive, with main.main.func1 on top of the stack:
// main.main.func1(...)
// 	os_exit.go:14
// created by main.main in goroutine 1
// 	os_exit.go:13
// ]
