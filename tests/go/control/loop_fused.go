// Counted loops whose `i++; i < n` the compiler fuses into one instruction
// (FORLT, FORLTK, FORLTC), and compare-and-branch against a constant outside
// int16 (IJ*C): continue, break, a body that changes i or the bound, nested
// loops, a bound at the top of int64, narrow counters, a captured counter.
package main

import (
	"fmt"
	"math"
)

func main() {
	s := 0
	for i := 0; i < 100000; i++ { // FORLTC
		if i%3 == 0 {
			continue
		}
		s += i & 7
	}
	fmt.Println("continue:", s)

	n, s := 10, 0
	for i := 0; i < n; i++ { // FORLT: the bound changes in the body
		if i == 5 {
			n = 7
		}
		s += i
	}
	fmt.Println("moving bound:", s)

	s = 0
	for i := 0; i < 20; i++ { // FORLTK: the body changes i
		if i == 3 {
			i = 15
		}
		s += i
	}
	fmt.Println("i changed:", s)

	s = 0
	for i := 0; i < 40000; i++ {
		if i == 33333 {
			break
		}
		for j := 0; j < 3; j++ {
			s++
		}
	}
	fmt.Println("break and nested:", s)

	k := 0
	for i := 5; i < 5; i++ { // never entered
		k++
	}
	for i := int64(math.MaxInt64 - 2); i < math.MaxInt64; i++ {
		k++
	}
	fmt.Println("empty and top of int64:", k)

	var c8 int
	for i := int8(100); i < 127; i++ { // narrow: not fused (the increment is truncated)
		c8++
	}
	fmt.Println("int8:", c8)

	var fs []func() int
	for i := 0; i < 3; i++ { // a captured counter lives in a box: not fused
		fs = append(fs, func() int { return i })
	}
	var got []int
	for _, f := range fs {
		got = append(got, f())
	}
	fmt.Println("captured:", got)

	x, hits := -70000, 0
	for x < 70000 { // IJ*C with negative and positive constants
		if x == -65536 || x != 65536 && x > 69999 || x >= 50000 && x <= 50001 {
			hits++
		}
		x++
	}
	fmt.Println("wide constants:", hits)
	big := int64(1) << 40
	for v := big - 2; v <= big+2; v++ {
		if v < big {
			fmt.Print("<")
		} else if v > big {
			fmt.Print(">")
		} else {
			fmt.Print("=")
		}
	}
	fmt.Println()
}

// Output:
// continue: 233331
// moving bound: 21
// i changed: 88
// break and nested: 99999
// empty and top of int64: 2
// int8: 27
// captured: [0 1 2]
// wide constants: 3
// <<=>>
