package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[2])
	s[i] = 1
}

// Output:
// 3
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [5] with length 3
//
// goroutine 1 [running]:
// main.main()
// 	index_panic.go:9 +0x94
