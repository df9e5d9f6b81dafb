package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	n := 1
	s := "one"
	n, t := 2, "two" // n reused, t new
	fmt.Println(n, s, t)
	v, w := pair()
	fmt.Println(v, w)
	i, j := 10, 20
	fmt.Printf("%T %T %T %T\n", n, s, 1.5, 'x')
	fmt.Println(i + j)
}

// Output:
// 2 one two
// 7 seven
// int string float64 int32
// 30
