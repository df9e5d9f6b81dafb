package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y))
	var u64 uint64 = 1<<63 + 5
	fmt.Println(int64(u64), int32(u64), uint32(u64))
	var i8 int8 = -5
	fmt.Println(uint8(i8), int64(i8), uint64(i8))
	var big int64 = 1<<40 + 1
	fmt.Println(int32(big), int16(big))
	var r rune = 'A'
	var b byte = byte(r + 1)
	fmt.Println(r, b, string(rune(b)))
	fmt.Printf("%T %T\n", r, b)
}

// Output:
// 44 44 300
// 255 65535 4294967295 18446744073709551615
// -9223372036854775803 5 5
// 251 -5 18446744073709551611
// 1 1
// 65 66 B
// int32 uint8
