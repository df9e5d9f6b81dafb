package main

// Constant conversions that do not fit their type. As go1.19 prints them,
// except an integer constant converted to an integer type: since Go 1.22
// (go.dev/issue/63563) gc says just "constant 300 overflows int8".

func main() {
	println(float32(1e100))  // ERROR "cannot convert 1e100 \(untyped float constant 1e\+100\) to type float32$"
	println(int8(1e3))       // ERROR "cannot convert 1e3 \(untyped float constant 1000\) to type int8$"
	println(int8(300))       // ERROR "constant 300 overflows int8"
	println(float64(1e400))  // ERROR "cannot convert 1e400 \(untyped float constant 1e\+400\) to type float64$"
	println(uint64(1 << 64)) // ERROR "constant 18446744073709551616 overflows uint64"
	println(float32(0x1p128)) // ERROR "cannot convert 0x1p128 \(untyped float constant 3.40282e\+38\) to type float32$"
	println(float32(0x1p128 - 0x1p103))     // ERROR "cannot convert 0x1p128 - 0x1p103 \(untyped float constant 3.40282e\+38\) to type float32$"
	println(float32(0x1p128 - 0x1p103 - 1)) // below the tie: rounds down to the largest float32
}
