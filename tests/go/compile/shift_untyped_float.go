package main

// Go 1.20+ wording for a float context of a non-constant shift.

func main() {
	s := uint(2)
	var f float64 = 1 << s // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
	var g = 1.5 << s // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	_, _ = f, g
}

func conv() {
	s := uint(3)
	_ = float64(1 << s) // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
}
