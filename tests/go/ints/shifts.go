package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x<<10, x<<62, x<<63, x<<64)
	var u8 uint8 = 0xF0
	fmt.Println(u8<<1, u8>>4, u8<<8)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8>>100)
	var n int = -17
	fmt.Println(n>>1, n>>2, n<<1)
	var u uint32 = 1
	s := uint(31)
	fmt.Println(u<<s, u<<(s+1))
	var big uint64 = 1 << 63
	fmt.Println(big, big>>63)
	k := 3
	fmt.Println(5<<k, 1024>>k)
}

// Output:
// 1024 4611686018427387904 -9223372036854775808 0
// 224 15 0
// -64 -1 -1
// -9 -5 -34
// 2147483648 0
// 9223372036854775808 1
// 40 128
