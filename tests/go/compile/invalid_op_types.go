package main

func main() {
	b := true
	_ = b + 1 // ERROR "invalid operation: b \+ 1 \(mismatched types bool and untyped int\)"
	var f float64 = 1.5
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
}
