// The addresses of consecutive elements differ by the element's size, as in
// Go: 1 byte for a []byte, 4 for []int32, 8 for []int64 and []float64.
package main

import (
	"fmt"
	"strconv"
)

func addr(p any) uint64 {
	s, ok := p.(string)
	if !ok {
		s = fmt.Sprint(p)
	}
	n, err := strconv.ParseUint(s[2:], 16, 64)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	var a [4]byte
	var b [4]int32
	var c [3]int64
	d := make([]float64, 3)
	e := make([]uint16, 3)
	fmt.Println(addr(&a[1])-addr(&a[0]), addr(&a[3])-addr(&a[0]))
	fmt.Println(addr(&b[1])-addr(&b[0]), addr(&b[3])-addr(&b[0]))
	fmt.Println(addr(&c[2]) - addr(&c[0]))
	fmt.Println(addr(&d[1]) - addr(&d[0]))
	fmt.Println(addr(&e[2]) - addr(&e[0]))
	s := a[1:]
	fmt.Println(addr(&s[0]) == addr(&a[1]))
	fmt.Println(addr(fmt.Sprintf("%p", a[2:])) - addr(fmt.Sprintf("%p", a[:])))
}

// Output:
// 1 3
// 4 12
// 16
// 8
// 4
// true
// 2
