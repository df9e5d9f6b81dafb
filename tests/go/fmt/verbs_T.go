package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }
type ID int

func main() {
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 1.5, true, 'r')
	fmt.Printf("%T %T %T\n", []int{}, map[string]bool{}, [3]string{})
	fmt.Printf("%T %T %T\n", Point{}, &Point{}, ID(1))
	fmt.Printf("%T %T\n", errors.New("x"), nil)
	fmt.Printf("%T %T\n", func(int) string { return "" }, struct{ A int }{})
	var e error
	var i interface{} = uint8(1)
	fmt.Printf("%T %T %T\n", e, i, []interface{}{1})
	fmt.Printf("%T\n", byte(1))
}

// Output:
// int string float64 bool int32
// []int map[string]bool [3]string
// main.Point *main.Point main.ID
// *errors.errorString <nil>
// func(int) string struct { A int }
// <nil> uint8 []interface {}
// uint8
