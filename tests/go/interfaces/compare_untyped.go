package main

import (
	"errors"
	"fmt"
)

type I interface{ M() }
type J interface {
	M()
	N()
}
type T int

func (T) M() {}
func (T) N() {}

func main() {
	var v interface{} = false
	fmt.Println(v != false, v == true, v == 0, v == "", v == nil)
	v = 3
	fmt.Println(v == 3, v == 3.0, v == 'a', v == int64(3))
	v = 2.5
	fmt.Println(v == 2.5)
	var x interface{} = errors.New("e")
	fmt.Println(x == x.(error))
	var i I = T(1)
	var j J = T(1)
	fmt.Println(i == j, j == i, i != j)
	switch w := interface{}(true); {
	case w:
		fmt.Println("w is true")
	case false:
		fmt.Println("no")
	}
	switch interface{}(2) {
	case 1:
		fmt.Println(1)
	case 2:
		fmt.Println(2)
	}
}

// An interface compares with an untyped constant (converted to its default
// type) and with another interface type assignable to it; a tagless
// switch's `case i:` compares true == i (Go's test/switch.go,
// fixedbugs/issue4785.go, issue32187.go).

// Output:
// false false false false false
// true false false false
// true
// true
// true true false
// w is true
// 2
