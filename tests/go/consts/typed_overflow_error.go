package main

// Typed constants are computed exactly and must fit their type after each
// operation; the message shows the exact result as go/constant prints it
// (beyond float64's range too). As go1.19 reports them.

const m uint64 = 1<<64 - 1
const s int64 = -1 << 63
const f32 float32 = 1 << 127
const f64 float64 = 0x1p1023

func main() {
	println(m * m)          // ERROR "m \* m \(constant 340282366920938463426481119284349108225 of type uint64\) overflows uint64"
	println(s * -1)         // ERROR "s \* -1 \(constant 9223372036854775808 of type int64\) overflows int64"
	println(f32 * 2)        // ERROR "f32 \* 2 \(constant 3.40282e\+38 of type float32\) overflows float32"
	println(f64 * 2)        // ERROR "f64 \* 2 \(constant 1.79769e\+308 of type float64\) overflows float64"
	println(-f64 - f64)     // ERROR "-f64 - f64 \(constant -1.79769e\+308 of type float64\) overflows float64"
	println(f64 / 0x1p-10)  // ERROR "f64 / 0x1p-10 \(constant 9.20419e\+310 of type float64\) overflows float64"
	println(m + 1)          // ERROR "m \+ 1 \(constant 18446744073709551616 of type uint64\) overflows uint64"
	println(f64/4*2, f32/2*2) // each step fits
}
