package main

import "fmt"

func main() {
	total := 10
	label := "items: "
	fmt.Println(label + total)
	var ratio float64 = total / 3
	fmt.Println(ratio)
}

// Go 1.20+ wording: Go 1.19 says "as type float64 in variable declaration".

// Exit: 1
// Stderr:
// full_mismatch.go:8:14: invalid operation: label + total (mismatched types string and int)
// full_mismatch.go:9:22: cannot use total / 3 (value of type int) as float64 value in variable declaration
