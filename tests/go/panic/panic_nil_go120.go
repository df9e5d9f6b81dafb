// panic(nil) under Go 1.20 and earlier (Go 1.19 prints this): recover
// returns nil, and an unrecovered one prints "panic: nil" (panic/panic_nil.go: 1.21).
package main

import "fmt"

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v %v\n", r, r, r == nil)
		}()
		panic(nil)
	}()
	defer fmt.Println("deferred")
	panic(nil)
}

// Flags: --go 1.20
// Exit: 2
// Output:
// <nil> <nil> true
// deferred
// Stderr:
// panic: nil
//
// goroutine 1 [running]:
// main.main()
// 	panic_nil_go120.go:16
