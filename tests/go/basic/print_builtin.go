package main

func main() {
	defer println("deferred", 1)
	println("hi", 42, true, 1.5, -3, uint8(7))
	print("a", "b\n")
	println()
	var f float64 = 1e100
	println(f, -0.25)
	var b byte = 'x'
	print(b, " ", int64(-9), "\n")
}

// Stderr:
// hi 42 true +1.500000e+000 -3 7
// ab
//
// +1.000000e+100 -2.500000e-001
// 120 -9
// deferred 1
