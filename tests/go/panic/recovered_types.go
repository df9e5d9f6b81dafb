// The dynamic types of recovered runtime errors are Go's: index and slice
// bounds are runtime.boundsError, failed type assertions
// *runtime.TypeAssertionError, nil map writes and closes runtime.plainError,
// nil dereference and division runtime.errorString; each is a runtime.Error.
// (Output checked against Go 1.19.)
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		if e, ok := r.(runtime.Error); ok {
			fmt.Println("runtime.Error:", e.Error())
		}
		if e, ok := r.(error); ok {
			var re runtime.Error
			fmt.Println(errors.As(e, &re))
		}
	}()
	f()
}

type I interface{ M() }
type T struct{}

func (T) M() {}

func main() {
	var s []int
	var m map[string]int
	var p *int
	var i interface{} = "x"
	var n interface{}
	z := 0
	idx := 5
	try(func() { _ = s[idx] })
	try(func() { _ = s[1:idx] })
	try(func() { m["a"] = 1 })
	try(func() { _ = *p })
	try(func() { _ = i.(int) })
	try(func() { _ = n.(I) })
	try(func() { _ = 1 / z })
	try(func() { var ch chan int; close(ch) })
	try(func() { ch := make(chan int); close(ch); close(ch) })
	try(func() { panic(fmt.Sprintf("x%d", 1)) })
	try(func() { panic(errors.New("e")) })
}

// Output:
// runtime.boundsError runtime error: index out of range [5] with length 0
// runtime.Error: runtime error: index out of range [5] with length 0
// true
// runtime.boundsError runtime error: slice bounds out of range [:5] with capacity 0
// runtime.Error: runtime error: slice bounds out of range [:5] with capacity 0
// true
// runtime.plainError assignment to entry in nil map
// runtime.Error: assignment to entry in nil map
// true
// runtime.errorString runtime error: invalid memory address or nil pointer dereference
// runtime.Error: runtime error: invalid memory address or nil pointer dereference
// true
// *runtime.TypeAssertionError interface conversion: interface {} is string, not int
// runtime.Error: interface conversion: interface {} is string, not int
// true
// *runtime.TypeAssertionError interface conversion: interface is nil, not main.I
// runtime.Error: interface conversion: interface is nil, not main.I
// true
// runtime.errorString runtime error: integer divide by zero
// runtime.Error: runtime error: integer divide by zero
// true
// runtime.plainError close of nil channel
// runtime.Error: close of nil channel
// true
// runtime.plainError close of closed channel
// runtime.Error: close of closed channel
// true
// string x1
// *errors.errorString e
// false
