// Anti-pattern: an unrecovered panic in one worker goroutine kills the
// whole service, main included.
package main

import "fmt"

func handle(req map[string]string) {
	fmt.Println("user:", len(req["user"]))
	var limits map[string]int
	limits[req["user"]]++ // nil map: panics
}

func main() {
	done := make(chan bool)
	go func() {
		handle(map[string]string{"user": "gopher"})
		done <- true
	}()
	<-done
	fmt.Println("served")
}

// Output:
// user: 6
// Exit: 2
// Stderr:
// panic: assignment to entry in nil map
//
// goroutine 2 [running]:
// main.handle(...)
// 	goroutine_panic_bad.go:10
// main.main.func1()
// 	goroutine_panic_bad.go:16
// created by main.main in goroutine 1
// 	goroutine_panic_bad.go:15
