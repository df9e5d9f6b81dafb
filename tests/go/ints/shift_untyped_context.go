package main

import "fmt"

func f(u uint64) uint64 { return u }

type U8 uint8

func main() {
	s := uint(63)
	var u uint64 = 1 << s
	fmt.Println(u, f(1<<s), uint64(1<<s))
	var w uint32 = 1<<(s-30) | 5
	fmt.Println(w)
	var b U8 = 1 << (s - 56)
	fmt.Println(b)
	var i8 int8 = 1 << (s - 56)
	fmt.Println(i8)
	x := 1 << (s - 60)
	fmt.Printf("%T %v\n", x, x)
	fmt.Println(1<<(s-62), u|1<<(s-1))
	var val uint64 = 1
	val = val | 1<<uint(40)
	fmt.Println(val, val|1<<uint(s), -(1 << (s - 61)) <= int32(5))
	arr := []int{1, 2, 3, 4}
	fmt.Println(arr[1<<(s-62)])
	var y uint32 = 0xff
	y ^= 1<<(s&31) - 1
	fmt.Println(y)
}

// An untyped constant shifted by a non-constant count takes its type from
// the context (Go's spec: "if the left operand of a non-constant shift
// expression is an untyped constant, it is first implicitly converted to
// the type it would assume if the shift expression were replaced by its
// left operand alone"); Go's test/chan/select.go, fixedbugs/issue2615.go,
// issue4448.go, issue45242.go, issue50854.go.

// Output:
// 9223372036854775808 9223372036854775808 9223372036854775808
// 5
// 128
// -128
// int 8
// 2 13835058055282163712
// 1099511627777 9223373136366403585 true
// 3
// 2147483392
