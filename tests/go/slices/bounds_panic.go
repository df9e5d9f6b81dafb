package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	n := 5
	fmt.Println(len(s[:3]))
	t := s[:n]
	fmt.Println(t)
}

// Output:
// 3
// Exit: 2
// Stderr:
// panic: runtime error: slice bounds out of range [:5] with capacity 3
//
// goroutine 1 [running]:
// main.main()
// 	bounds_panic.go:9 +0x7a
