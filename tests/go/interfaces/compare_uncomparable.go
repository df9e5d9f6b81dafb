package main

import "fmt"

func main() {
	var a any = []int{1}
	var b any = []int{1}
	fmt.Println("comparing")
	fmt.Println(a == b)
}

// Output:
// comparing
// Exit: 2
// Stderr:
// panic: runtime error: comparing uncomparable type []int
//
// goroutine 1 [running]:
// main.main()
// 	compare_uncomparable.go:9 +0xdb
