package main

import "fmt"

// Go 1.22 semantics: min and max are builtins since Go 1.21.
func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	x, y := 7, -4
	fmt.Println(min(x, y), max(x, y), min(x))
	fmt.Println(min(2.5, 1), max(1, 2.5))
	fmt.Println(min("b", "a", "c"), max("b", "a", "c"))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100))
	const c = min(10, 20)
	fmt.Printf("%T %v\n", c, c)
}

// Output:
// 1 3
// -4 7 7
// 1 2.5
// a c
// 200
// int 10
