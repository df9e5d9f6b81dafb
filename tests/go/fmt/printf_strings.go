package main

import "fmt"

func main() {
	s := "go"
	fmt.Printf("%s|%10s|%-10s|%q|%v\n", s, s, s, s, s)
	fmt.Printf("%.2s|%5.1s|\n", "abcdef", "xyz")
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("100%%\n")
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b"})
	fmt.Printf("%s %v\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
}

// Output:
// go|        go|go        |"go"|go
// ab|    x|
// true false
// 100%
// [a b]
// ["a" "b"]
// hi [104 105]
//     1|2   |
