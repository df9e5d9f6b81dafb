package main

import "fmt"

func compute(a, b int) int {
	result := a * b
	return resutl
}

func main() {
	fmt.Println(compute(2, 3))
}

// Go 1.20+ wording: Go 1.19 says "result declared but not used".

// Exit: 1
// Stderr:
// full_undefined.go:6:2: declared and not used: result
// full_undefined.go:7:9: undefined: resutl
