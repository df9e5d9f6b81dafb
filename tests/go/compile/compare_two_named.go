package main

type A [2]int
type B [2]int

func main() {
	var a A
	var b B
	_ = a == b // ERROR "invalid operation: a == b \(mismatched types A and B\)"
}
