package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%o|%#o|%O|%b\n", 255, 255, 255, 8, 8, 8, 5)
	fmt.Printf("%c|%q|%U|%#U\n", 'G', 'G', 'G', '世')
	fmt.Printf("%d|%x\n", -42, -42)
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%08b\n", 5)
	fmt.Printf("%x %X\n", "hello", []byte{1, 171})
	fmt.Printf("% x\n", "abc")
	var u8 uint8 = 200
	fmt.Printf("%d %v %c\n", u8, u8, 65)
}

// Output:
// 42|   42|42   |00042|+42
// ff|FF|0xff|10|010|0o10|101
// G|'G'|U+0047|U+4E16 '世'
// -42|-2a
//   a|b  |
// 00000101
// 68656c6c6f 01AB
// 61 62 63
// 200 200 A
