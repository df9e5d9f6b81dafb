package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(len(b), len(r))
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	bs := []byte{104, 105}
	fmt.Println(string(bs))
	var empty []byte
	fmt.Printf("%q\n", string(empty))
	fmt.Printf("%s %x %X\n", b, b, "hi")
}

// Output:
// [104 195 169 108 108 111]
// [104 233 108 108 111]
// 6 5
// Héllo héllo
// hello
// A 世 �
// hi
// ""
// Héllo 48c3a96c6c6f 6869
