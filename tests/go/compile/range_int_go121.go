// Ranging over an integer is Go 1.22's: under --go 1.21 it is Go 1.21's
// compile error, and only that one (the loop variable is still declared).
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println(i)
	}
}

// Flags: --go 1.21
// Exit: 1
// Stderr:
// range_int_go121.go:8:17: cannot range over 3 (untyped int constant)
