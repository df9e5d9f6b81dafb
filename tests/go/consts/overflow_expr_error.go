package main

import "fmt"

const Big = 1 << 64

func main() {
	x := Big              // ERROR "cannot use Big \(untyped int constant 18446744073709551616\) as int value in assignment \(overflows\)"
	var u uint8 = 255 + 1 // ERROR "cannot use 255 \+ 1 \(untyped int constant 256\) as uint8 value in variable declaration \(overflows\)"
	fmt.Println(x, u)
}
