package main

// Untyped integer constants may not grow beyond 512 bits (gc's limit, also
// for intermediate results), and constant shift counts are bounded (types2's
// shiftBound, 1074: enough for 0x1p-1074). Messages as go1.19 prints them.

const big = 1 << 500

const (
	a = big * big // ERROR "constant multiplication overflow"
	b = 1 << 1075 // ERROR "invalid operation: invalid shift count 1075 \(untyped int constant\)"
	c = 1 << 513  // ERROR "constant shift overflow"
	d = -big*16 - big*16
	e = ^(big * -32)
	f = 1.5 >> 2 // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	g = 1 << 511 >> 511
)

func main() {
	println(1 << -1)        // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	println(1 << 1.5)       // ERROR "1.5 \(untyped float constant\) truncated to uint"
	println(1 << (1 << 70)) // ERROR "\(1 << 70\) \(untyped int constant 1180591620717411303424\) overflows uint"
	println(5 % 0)          // ERROR "invalid operation: division by zero"
	println(-big*2048 - big*2048) // ERROR "constant subtraction overflow"
}
