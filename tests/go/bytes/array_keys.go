// == and map keys of arrays of every scalar width: ints compare bit for
// bit, floats by value (-0 == 0, NaN != NaN), also inside structs.
package main

import (
	"fmt"
	"math"
)

type Pt struct {
	XY  [2]int64
	Tag [2]uint16
}

func main() {
	a, b := [2]int64{-1, math.MaxInt64}, [2]int64{-1, math.MaxInt64}
	c := [3]int16{-1, 0, 1}
	d := c
	d[2] = -1
	fmt.Println(a == b, c == d, c != [3]int16{-1, 0, 1}, [2]uint{1, 2} == [2]uint{1, 2})
	f := [2]float32{float32(math.Copysign(0, -1)), 1}
	g := [2]float32{0, 1}
	n := [1]float64{math.NaN()}
	fmt.Println(f == g, n == n, [2]float64{1, 2} == [2]float64{1, 2})
	m := map[Pt]int{}
	m[Pt{[2]int64{1, -2}, [2]uint16{3, 4}}] = 1
	m[Pt{[2]int64{1, -2}, [2]uint16{3, 4}}]++
	m[Pt{[2]int64{1, 2}, [2]uint16{3, 4}}] = 10
	fmt.Println(len(m), m[Pt{[2]int64{1, -2}, [2]uint16{3, 4}}], m[Pt{XY: [2]int64{1, 2}, Tag: [2]uint16{3, 4}}])
	fm := map[[2]float32]string{f: "neg zero"}
	fmt.Println(fm[g], len(fm))
	rm := map[[3]rune]bool{{'a', 'é', '世'}: true}
	fmt.Println(rm[[3]rune{'a', 'é', '世'}], rm[[3]rune{'a', 'e', '世'}])
}

// Output:
// true false false true
// true false true
// 2 2 10
// neg zero 1
// true false
