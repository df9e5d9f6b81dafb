package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	A = iota * 10
	B
	_
	D
	E = "str"
	F
	G = iota
)

const (
	Read = 1 << iota
	Write
	Exec
)

const (
	x, y = iota, iota + 10
	z, w
)

const Single = iota

func main() {
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, D, E, F, G)
	fmt.Println(Read, Write, Exec, Read|Exec)
	fmt.Println(x, y, z, w, Single)
}

// Output:
// 1024 1.048576e+06 1.073741824e+09
// 0 10 30 str str 6
// 1 2 4 5
// 0 10 1 11 0
