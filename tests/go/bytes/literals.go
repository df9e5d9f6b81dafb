// Composite literals of scalar arrays and slices (keyed, nested, in structs
// and maps), arrays sent over channels and stored as map values (copies),
// variadic scalar parameters, and range over a pointer to an array.
package main

import "fmt"

type Pixel [3]uint8

type Image struct {
	W, H int
	Pix  []Pixel
	Gray [4]float32
}

func sum(xs ...int16) (s int16) {
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	a := [...]byte{5: 1, 2, 0: 'a'}
	s := []int16{-1, 3: 7, -2}
	u := [][]uint32{{1, 2}, nil, {3}}
	fmt.Println(a, len(a), s, len(s), u)
	img := Image{W: 2, H: 1, Pix: []Pixel{{255, 0, 0}, {0, 255, 0}}, Gray: [4]float32{0.5, 0.25}}
	img2 := img
	img2.Pix[0][1] = 9 // shares the slice
	img2.Gray[0] = 1   // not the array
	fmt.Printf("%v\n%+v\n", img, img2)

	ch := make(chan [4]byte, 2)
	k := [4]byte{1, 2, 3, 4}
	ch <- k
	k[0] = 100 // the sent array is a copy
	ch <- k
	got := <-ch
	fmt.Println(got, <-ch)

	m := map[string][2]int{"x": {1, 2}}
	v := m["x"]
	v[0] = 50
	fmt.Println(m["x"], v, m["none"])
	mp := map[string]*[2]int{"p": {3, 4}}
	mp["p"][1] = 40
	fmt.Println(*mp["p"])

	fmt.Println(sum(), sum(1, 2, 3), sum(s...))
	var iface interface{} = a
	b, ok := iface.([6]byte)
	b[0] = 'z'
	fmt.Println(ok, b[0], a[0], iface)

	arr := [3]uint64{10, 20, 30}
	for i, x := range &arr {
		arr[2] = 99 // ranging over a pointer sees the write
		fmt.Print(i, ":", x, " ")
	}
	fmt.Println()
	floats := []float64{1.5, -0.0, 2}
	floats = append(floats[:1], floats[2:]...)
	fmt.Println(floats, len(floats), cap(floats))
}

// Output:
// [97 0 0 0 0 1 2] 7 [-1 0 0 7 -2] 5 [[1 2] [] [3]]
// {2 1 [[255 9 0] [0 255 0]] [0.5 0.25 0 0]}
// {W:2 H:1 Pix:[[255 9 0] [0 255 0]] Gray:[1 0.25 0 0]}
// [1 2 3 4] [100 2 3 4]
// [1 2] [50 2] [0 0]
// [3 40]
// 0 6 4
// false 122 97 [97 0 0 0 0 1 2]
// 0:10 1:20 2:99 
// [1.5 2] 2 3
