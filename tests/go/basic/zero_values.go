package main

import "fmt"

type P struct {
	X, Y int
	Name string
	Tags []string
}

func main() {
	var i int
	var f float64
	var s string
	var b bool
	var r rune
	var by byte
	var p P
	var e error
	var a [3]int
	fmt.Println(i, f, s, b, r, by)
	fmt.Printf("%q\n", s)
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	fmt.Println(e)
	fmt.Println(a)
	fmt.Println(p.Tags == nil)
}

// Output:
// 0 0  false 0 0
// ""
// {0 0  []}
// {X:0 Y:0 Name: Tags:[]}
// <nil>
// [0 0 0]
// true
