package main

import "fmt"

func main() {
	var i interface{} = "hello"
	s := i.(string)
	fmt.Println(s)
	s, ok := i.(string)
	fmt.Println(s, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)
	var st fmt.Stringer
	_, ok = i.(fmt.Stringer)
	fmt.Println(ok, st == nil)
	var e interface{}
	_, ok = e.(int)
	fmt.Println(ok)
	i = 42
	fmt.Println(i.(int) + 1)
}

// Output:
// hello
// hello true
// 0 false
// false true
// false
// 43
