package main

func main() {
	var f float64
	var i int
	var s []int
	_ = f % 2
	_ = i / 0
	_ = 1.0 / 0
	_ = s + nil
	_ = nil == nil
	_ = i == nil
	_ = "a" + 1
	_ = -"a"
	_ = !i
	i += "x"
}

// Go 1.22 (types2) positions and wording.

// Exit: 1
// Stderr:
// binary_operator.go:7:6: invalid operation: operator % not defined on f (variable of type float64)
// binary_operator.go:8:10: invalid operation: division by zero
// binary_operator.go:9:12: invalid operation: division by zero
// binary_operator.go:10:6: invalid operation: operator + not defined on s (variable of type []int)
// binary_operator.go:11:13: invalid operation: nil == nil (operator == not defined on untyped nil)
// binary_operator.go:12:11: invalid operation: i == nil (mismatched types int and untyped nil)
// binary_operator.go:13:6: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)
// binary_operator.go:14:7: invalid operation: operator - not defined on "a" (untyped string constant)
// binary_operator.go:15:7: invalid operation: operator ! not defined on i (variable of type int)
// binary_operator.go:16:2: invalid operation: i += "x" (mismatched types int and untyped string)
