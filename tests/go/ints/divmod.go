package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%3, -7%3, 7%-3, -7%-3)
	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println(i8/m1, i8%m1)
	var u uint = 7
	fmt.Println(u/2, u%4)
	a, b := 17, 5
	q, r := a/b, a%b
	fmt.Println(q, r, q*b+r == a)
	n := -17
	fmt.Println(n/5, n%5, (n/5)*5+n%5)
}

// Output:
// 3 -3 -3 3
// 1 -1 1 -1
// -128 0
// 3 3
// 3 2 true
// -3 -2 -17
