// Converting between unrelated struct types: Go's message names the operand
// (`cannot convert a (...)`), not the conversion.
package main

type A struct{ x int }
type B struct{ y int }

func main() {
	a := A{}
	_ = B(a) // ERROR "cannot convert a \(variable of type A\) to type B$"
}
