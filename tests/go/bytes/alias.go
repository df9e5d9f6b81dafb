// Byte slices store their elements as bytes (vm/object.h, raw ObjCells):
// two slices sharing one backing, append in place and after growth, copy
// with overlap, and pointers to elements all see the same bytes.
package main

import "fmt"

func main() {
	b := make([]byte, 12)
	copy(b, "hello, world")
	c := b[7:]
	c[0] = 'W'
	fmt.Println(string(b), len(c), cap(c))

	p := &b[1]
	*p = 'E'
	fmt.Println(string(b), *p, b[1])
	*p += 2
	fmt.Println(b[1], string(c))

	// append in place writes into the shared backing
	d := make([]byte, 3, 20)
	e := append(d, 'a', 'b')
	f := append(d, 'z')
	fmt.Println(e, f, string(e[3:]))

	// after growth the old backing is no longer shared
	g := append(b, '!')
	*p = 'x'
	fmt.Println(string(b), string(g))

	// overlapping copies in both directions
	h := []byte("0123456789")
	n := copy(h[2:], h)
	fmt.Println(n, string(h))
	h = []byte("0123456789")
	n = copy(h, h[3:])
	fmt.Println(n, string(h))

	// copy from a string, append a string, append a slice to itself
	n = copy(h, "COPY")
	fmt.Println(n, string(h))
	x := append([]byte(nil), "abc"...)
	x = append(x, x...)
	x = append(x[:2], x[3:]...)
	fmt.Println(string(x), len(x))

	// growth one byte at a time
	var big []byte
	for i := 0; i < 1000; i++ {
		big = append(big, byte(i))
	}
	fmt.Println(len(big), big[999], big[256:260])

	// 3-index slices limit the capacity, so append copies
	y := []byte("abcdef")
	z := append(y[:2:2], 'Q')
	fmt.Println(string(y), string(z))

	// range copies each byte; the loop sees writes made through the slice
	sum := 0
	for i, v := range y {
		if i == 0 {
			y[1] = 'B'
		}
		sum += int(v)
	}
	fmt.Println(sum, string(y))

	// int8 and bool elements
	i8 := []int8{-1, 127, -128}
	i8[0]--
	i8[1]++
	fmt.Println(i8, i8[0]+i8[2])
	bools := make([]bool, 3)
	bools[1] = true
	bp := &bools[2]
	*bp = !bools[0]
	fmt.Println(bools)
}

// Output:
// hello, World 5 5
// hEllo, World 69 69
// 71 World
// [0 0 0 122 98] [0 0 0 122] zb
// hxllo, World hGllo, World!
// 8 0101234567
// 7 3456789789
// 4 COPY789789
// ababc 5
// 1000 231 [0 1 2 3]
// abcdef abQ
// 565 aBcdef
// [-2 -128 -128] 126
// [false true true]
