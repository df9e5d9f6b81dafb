// A failed type assertion between two types of the same name says they come
// from different scopes (Go's test/fixedbugs/issue26094.go).
package main

import "fmt"

type T struct{}

var X interface{}

func F1() {
	type T struct{}
	X = T{}
}

func main() {
	F1()
	defer func() { fmt.Println(recover()) }()
	_ = X.(T)
}

// Output:
// interface conversion: interface {} is main.T, not main.T (types from different scopes)
