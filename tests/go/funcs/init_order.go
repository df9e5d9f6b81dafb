package main

import "fmt"

var a = b + 1
var b = f()

func f() int {
	fmt.Println("f called")
	return 10
}

func init() {
	fmt.Println("init 1", a, b)
}

func init() {
	fmt.Println("init 2")
	a = 100
}

func main() {
	fmt.Println("main", a, b)
}

// Output:
// f called
// init 1 11 10
// init 2
// main 100 10
