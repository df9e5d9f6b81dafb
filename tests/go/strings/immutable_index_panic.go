package main

import "fmt"

func main() {
	s := "abc"
	i := 3
	fmt.Println(s[0])
	fmt.Println(s[i])
}

// Output:
// 97
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [3] with length 3
//
// goroutine 1 [running]:
// main.main()
// 	immutable_index_panic.go:9 +0x5f
