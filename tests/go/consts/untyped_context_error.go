package main

// An untyped constant that does not fit its default type: the message names
// where it was used, as go1.19 says it.

import "fmt"

func f(x interface{}) {}

func main() {
	var h = 1e400          // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in variable declaration \(overflows\)"
	x := 1e400             // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in assignment \(overflows\)"
	var y interface{} = 1e400 // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in variable declaration \(overflows\)"
	println(1e400)         // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in argument to println \(overflows\)"
	fmt.Println(1 << 70)   // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in argument to fmt.Println \(overflows\)"
	f(1e400)               // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in argument to f \(overflows\)"
	x = 1e400              // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in assignment \(overflows\)"
	_, _, _ = h, x, y
}
