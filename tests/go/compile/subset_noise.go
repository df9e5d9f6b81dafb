package main

// A program outside the subset hears about that, not about the imports,
// variables and labels that only look unused because of it.

import "fmt"

func main() {
	x := 1
L:
	goto L // ERROR "goto is not in gorolab's Go subset \(see gorolab-go\(7\)\)"
	var c complex128 // ERROR "complex128 is not in gorolab's Go subset"
	fmt.Println(c)
}
