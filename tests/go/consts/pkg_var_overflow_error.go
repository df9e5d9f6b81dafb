package main

// A package-level variable whose untyped initialiser does not fit its
// (default) type, as go1.19 reports it.

var pkgLevel = 1e400 // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in variable declaration \(overflows\)"
var small int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
var third int = 1.0 / 3 // ERROR "cannot use 1.0 / 3 \(untyped float constant 0.333333\) as int value in variable declaration \(truncated\)"

func main() {
}
