// Slice values share one header and carry their own length: appends within
// capacity, reslices s[:n] and copies of a slice value must each keep their
// length while sharing the backing array exactly as Go does.
package main

import "fmt"

type Box struct {
	s []int
}

func main() {
	// a header copied to another variable, then both appended within cap
	s := make([]int, 2, 8)
	t := s
	s = append(s, 1)
	t = append(t, 2)
	fmt.Println(s, t, len(s), len(t), cap(s), cap(t))
	u := s[:0]
	u = append(u, 7, 8, 9)
	fmt.Println(s, t, u)

	// the old value keeps its length after the new one grows past cap
	a := []int{1, 2, 3}
	b := a
	a = append(a, 4)
	a[0] = 100
	fmt.Println(a, b, len(a), cap(a), len(b), cap(b))

	// shrinking and growing again through s[:n] within cap
	c := make([]int, 0, 4)
	c = append(c, 1, 2, 3, 4)
	d := c[:2]
	e := d[:4]
	d = append(d, 30)
	fmt.Println(c, d, e, len(d), cap(d))

	// a 3-index slice limits cap: append copies, the original stays
	f := c[:2:2]
	f = append(f, 50)
	fmt.Println(c, f, cap(f))

	// lengths travel through fields, maps, channels, interfaces, closures
	bx := Box{s: c[:1]}
	m := map[string][]int{"x": c[:3]}
	ch := make(chan []int, 1)
	ch <- c[:2]
	var i interface{} = c[1:3]
	get := func() []int { return c[:1] }
	c = append(c[:0], 9)
	fmt.Println(bx.s, m["x"], <-ch, i, get(), len(i.([]int)), cap(i.([]int)))
	fmt.Printf("%v %d %v\n", c, len(bx.s), m)

	// copy between slices of one array, overlapping
	g := []int{1, 2, 3, 4, 5}
	n := copy(g[1:], g)
	fmt.Println(n, g)

	// lengths too long for a 32-bit word (zero-size elements take no memory)
	z := make([]struct{}, 1<<32, 1<<33)
	z = append(z, struct{}{})
	y := z[:5]
	x := z[:1<<32+7]
	w := x[:1<<32+7]
	fmt.Println(len(z), cap(z), len(y), cap(y), len(x), len(w), len(z[3:]))
	x = append(x, struct{}{}, struct{}{})
	fmt.Println(len(x), len(z), len(w), cap(x[2:]))
}


// Output:
// [0 0 2] [0 0 2] 3 3 8 8
// [7 8 9] [7 8 9] [7 8 9]
// [100 2 3 4] [1 2 3] 4 6 3 3
// [1 2 30 4] [1 2 30] [1 2 30 4] 3 4
// [1 2 30 4] [1 2 50] 4
// [9] [9 2 30] [9 2] [2 30] [9] 2 3
// [9] 1 map[x:[9 2 30]]
// 4 [1 1 2 3 4]
// 4294967297 8589934592 5 8589934592 4294967303 4294967303 4294967294
// 4294967305 4294967297 4294967303 8589934590
