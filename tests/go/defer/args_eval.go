package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	defer un(trace("main"))
	s := []int{1}
	defer fmt.Println("slice", s)
	s[0] = 100
	fmt.Println("end of main", x)
}

// Output:
// enter main
// end of main 2
// slice [100]
// leave main
// closure x = 2
// deferred x = 1
