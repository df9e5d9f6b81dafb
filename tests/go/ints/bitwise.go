package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b)
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Println(^0, ^5, -6^0)
	var u uint8 = 5
	fmt.Println(^u)
	var flags uint = 0
	flags |= 1 << 3
	flags |= 1 << 0
	fmt.Println(flags, flags&(1<<3) != 0, flags&(1<<2) != 0)
	flags &^= 1 << 3
	fmt.Println(flags)
	x := 0xFF
	x ^= 0x0F
	fmt.Printf("%#x\n", x)
}

// Output:
// 8 14 6 4
// 1000 1110 0110 0100
// -1 -6 -6
// 250
// 9 true false
// 1
// 0xf0
