package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0x1f, 0o17, 017, 0b101, 0b11)
	fmt.Println(1_000_000, 0xFF_FF, 0b1010_1010)
	fmt.Println('a', '\n', '\x41', '\u00e9', '世')
	var big uint64 = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(big)
	fmt.Println(-0x10, +0o7)
}

// Output:
// 31 31 15 15 5 3
// 1000000 65535 170
// 97 10 65 233 19990
// 18446744073709551615
// -16 7
