package main

import "fmt"

func main() {
	a := "go"
	b := a + "lang"
	b += "!"
	fmt.Println(b, len(b))
	fmt.Println("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
	fmt.Println("x" == "x", a == "Go", a != "Go")
	fmt.Println("apple" > "Apple", "b" >= "b")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
}

// Output:
// golang! 7
// true false true true
// true false true
// true true
// abcde
