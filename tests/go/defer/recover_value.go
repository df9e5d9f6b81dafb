package main

import (
	"errors"
	"fmt"
)

func safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("recovered: %v (%T)", r, r)
		}
	}()
	f()
	return "ok"
}

func main() {
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(errors.New("an error")) }))
	fmt.Println(safe(func() { panic(fmt.Sprintf("formatted %d", 7)) }))
	fmt.Println(recover())
	fmt.Println("done")
}

// Output:
// ok
// recovered: boom (string)
// recovered: 42 (int)
// recovered: an error (*errors.errorString)
// recovered: formatted 7 (string)
// <nil>
// done
