package main

import "fmt"

func main() {
	var i interface{} = "hello"
	fmt.Println(i.(string))
	n := i.(int)
	fmt.Println(n)
}

// Output:
// hello
// Exit: 2
// Stderr:
// panic: interface conversion: interface {} is string, not int
//
// goroutine 1 [running]:
// main.main()
// 	assert_panic.go:8 +0x78
