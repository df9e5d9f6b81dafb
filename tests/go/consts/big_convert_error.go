package main

// Untyped constants that do not fit their target type: the value shows as
// go/constant prints it (1e+100, 1000, 1.5e+400, all the digits of an
// integer), as go1.19 reports it.

const c = 1.5e400

func main() {
	var i int = 1e100      // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as int value in variable declaration \(truncated\)"
	var f float32 = 1e100  // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as float32 value in variable declaration \(overflows\)"
	var g float64 = 1e400  // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in variable declaration \(overflows\)"
	var i8 int8 = 1e3      // ERROR "cannot use 1e3 \(untyped float constant 1000\) as int8 value in variable declaration \(truncated\)"
	var j int = c          // ERROR "cannot use c \(untyped float constant 1.5e\+400\) as int value in variable declaration \(truncated\)"
	var k float32 = -1e39  // ERROR "cannot use -1e39 \(untyped float constant -1e\+39\) as float32 value in variable declaration \(overflows\)"
	var m int = 1 << 100   // ERROR "cannot use 1 << 100 \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	var n int64 = 1e19     // ERROR "cannot use 1e19 \(untyped float constant 1e\+19\) as int64 value in variable declaration \(truncated\)"
	var p float64 = 1e-400 // underflows to 0: no error
	println(i, f, g, i8, j, k, m, n, p)
}
