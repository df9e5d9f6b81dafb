package main

import "fmt"

func main() {
	fmt.Println("a", "b", 1, 2, true)
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1, "z", 2, "\n")
	fmt.Print(1.5, true, nil, "\n")
	fmt.Println()
	fmt.Println("")
	fmt.Print()
	fmt.Println(nil)
	n, _ := fmt.Println("count")
	fmt.Println(n)
}

// Output:
// a b 1 2 true
// ab
// 1 2
// x1 2y
// 1z2
// 1.5 true <nil>
//
//
// <nil>
// count
// 6
