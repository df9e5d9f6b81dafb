package main

// Go 1.20+ wording: Go 1.19 says "as type float64 in assignment".

func main() {
	var n int
	n = "hello" // ERROR "cannot use \"hello\" \(untyped string constant\) as int value in assignment"
	var f float64
	f = n // ERROR "cannot use n \(variable of type int\) as float64 value in assignment"
	_ = f
}
