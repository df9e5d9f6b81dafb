package main

import "fmt"

func main() {
	s := "hello"
	fmt.Println(len(s), s[0], s[4], string(s[1]))
	fmt.Printf("%c %T\n", s[0], s[0])
	fmt.Println(s[1:3], s[:2], s[3:], s[:])
	u := "héllo"
	fmt.Println(len(u), u[1], u[2])
	for i := 0; i < len(s); i++ {
		fmt.Print(" ", s[len(s)-1-i])
	}
	fmt.Println()
}

// Output:
// 5 104 111 e
// h uint8
// el he lo hello
// 6 195 169
//  111 108 108 101 104
