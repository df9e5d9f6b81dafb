package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 255
	u8++
	fmt.Println(u8)
	var u8b uint8 = 0
	u8b--
	fmt.Println(u8b)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println(u16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println(i32)
	var u32 uint32 = 0
	u32 -= 1
	fmt.Println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i64)
	var u64 uint64 = 18446744073709551615
	u64 += 10
	fmt.Println(u64)
	var n int = -9223372036854775808
	n--
	fmt.Println(n)
	var m int8 = -128
	m = -m
	fmt.Println(m)
	var mul int8 = 100
	mul *= 3
	fmt.Println(mul)
}

// Output:
// -128
// 0
// 255
// -32767
// 65534
// -2147483648
// 4294967295
// -9223372036854775808
// 9
// 9223372036854775807
// -128
// 44
