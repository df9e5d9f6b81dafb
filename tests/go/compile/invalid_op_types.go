package main

func main() {
	b := true
	_ = b + 1 // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	var f float64 = 1.5
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
}
