// Products with a small constant (MULI) wrap as Go's do at every width, with
// the constant on either side and negative; remainders by a positive constant
// (MODI, UMODI) truncate as Go's do, signed and unsigned; x++ and x-- on
// captured variables (INCUPL) of every width.
package main

import "fmt"

func main() {
	var i8 int8 = 100
	var u8 uint8 = 200
	var i16 int16 = 30000
	var u32 uint32 = 4000000000
	var i64 int64 = 1 << 62
	var u uint = 1 << 63
	fmt.Println(i8*3, 3*i8, i8*-2, u8*2, 7*u8, i16*-7, u32*5, i64*4, u*2, u*3)
	n := -12345
	fmt.Println(n*32767, -32768*n, n*0, n*1, n*-1)
	var j8 int8 = -128
	var v8 uint8 = 255
	var v uint64 = 1<<64 - 1
	var j64 int64 = -1 << 63
	fmt.Println(n%1000, n%1, n%32767, j8%3, j8%127, v8%16, v%1000, v%7, j64%10, j64%32767)

	c, c8, cu := 0, int8(127), uint16(0)
	inc := func() {
		c++
		c8++
		cu--
		c += 5
		c -= 2
	}
	for i := 0; i < 3; i++ {
		inc()
	}
	fmt.Println(c, c8, cu)
	total := 0
	add := func() int {
		total++
		return total
	}
	fmt.Println(add(), add(), total)
}

// Output:
// 44 44 56 144 120 -13392 2820130816 0 0 9223372036854775808
// -404508615 404520960 0 -12345 12345
// -345 0 -12345 -2 -1 15 615 1 -8 -8
// 12 -126 65533
// 1 2 2
