// min and max over constants of different kinds: Go's messages (the
// compiler compared a string with a number here, passing NULL to memcmp).
package main

import "fmt"

func main() {
	fmt.Println(min(1, "a"))     // ERROR `^invalid argument: mismatched types untyped int \(previous argument\) and untyped string \(type of "a"\)$`
	fmt.Println(max("b", -1))    // ERROR `^invalid argument: mismatched types untyped string \(previous argument\) and untyped int \(type of -1\)$`
	fmt.Println(min("", 2.5))    // ERROR `^invalid argument: mismatched types untyped string \(previous argument\) and untyped float \(type of 2.5\)$`
	fmt.Println(max(true, false)) // ERROR `^invalid argument: true \(untyped bool constant\) cannot be ordered$`
	fmt.Println(min(1, nil))     // ERROR `^invalid argument: nil cannot be ordered$`
}
