// panic(nil) since Go 1.21: recover returns a *runtime.PanicNilError, and
// an unrecovered one prints its message (panic/panic_nil_go120.go: before).
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

// Exit: 2
// Output:
// *runtime.PanicNilError panic called with nil argument false
// deferred
// Stderr:
// panic: panic called with nil argument
//
// goroutine 1 [running]:
// main.main()
// 	panic_nil.go:16
