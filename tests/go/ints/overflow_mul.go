package main

import "fmt"

func main() {
	var a int32 = 1 << 20
	fmt.Println(a * a)
	var b uint64 = 1 << 40
	fmt.Println(b * b)
	var c uint8 = 16
	fmt.Println(c * c)
	var d int64 = 3037000500
	fmt.Println(d * d)
	f := 1
	for i := 1; i <= 25; i++ {
		f *= i
	}
	fmt.Println(f)
	var fact uint32 = 1
	for i := uint32(1); i <= 13; i++ {
		fact *= i
	}
	fmt.Println(fact)
}

// Output:
// 0
// 0
// 0
// -9223372036709301616
// 7034535277573963776
// 1932053504
