// Goroutines blocked in select are listed with the "select" wait reason.
package main

import "fmt"

func waiter(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

func main() {
	a, b := make(chan int), make(chan int)
	go waiter(a, b)
	fmt.Println("main waits for a result that never comes")
	<-make(chan int)
}

// Output:
// main waits for a result that never comes
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	goroutine_select_deadlock.go:17
//
// goroutine 2 [select]:
// main.waiter(0x0?, 0x0?)
// 	goroutine_select_deadlock.go:7
// created by main.main in goroutine 1
// 	goroutine_select_deadlock.go:15
