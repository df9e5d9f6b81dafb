package main

import "fmt"

func main() {
	zero := 0
	fmt.Println("before")
	fmt.Println(5 % zero)
}

// Output:
// before
// Exit: 2
// Stderr:
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.main()
// 	modulo_by_zero.go:8 +0x57
