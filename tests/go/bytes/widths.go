// Slices and arrays of every scalar width keep their elements at Go's size
// (vm/object.h raw kinds): values round-trip with their sign, float32 stays
// float32, == follows the element type (NaN, -0), and pointers and atomics
// reach elements in place.
package main

import (
	"fmt"
	"math"
	"sort"
	"sync/atomic"
)

type P [2]float64

func main() {
	i16 := []int16{-32768, 32767, -1}
	u16 := []uint16{65535, 1}
	i32 := []int32{math.MinInt32, math.MaxInt32, -7}
	u32 := make([]uint32, 2)
	u32[0] = math.MaxUint32
	u32[1] = u32[0] + 2
	i64 := []int64{math.MinInt64, math.MaxInt64}
	u64 := []uint64{math.MaxUint64}
	ints := []int{-1, 2, -3}
	uints := []uint{math.MaxUint64}
	ups := []uintptr{42}
	i16[2]--
	u16[0]++
	i32[1]++
	i64[0]--
	fmt.Println(i16, u16, i32, u32, i64, u64, ints, uints, ups)

	f32 := []float32{0.1, 1e38, -2.5}
	f32[1] *= 10
	f64 := []float64{0.1, math.Inf(-1), math.NaN()}
	fmt.Println(f32, f32[0] == float32(0.1), float64(f32[0]), f64, f64[2] == f64[2])

	rs := []rune("héllo, 世界")
	rs[1] = 'e'
	fmt.Println(rs, string(rs), len(rs))

	nan := P{math.NaN(), 1}
	fmt.Println(nan == nan, P{0, 1} == P{math.Copysign(0, -1), 1})
	m := map[P]int{{1, 2}: 1}
	m[P{1, 2}]++
	m[P{0, 1}] = 5
	m[P{math.Copysign(0, -1), 1}]++
	fmt.Println(m[P{1, 2}], m[P{0, 1}], len(m))
	type K3 [3]int32
	km := map[K3]string{{1, -2, 3}: "a"}
	fmt.Println(km[K3{1, -2, 3}], km[K3{1, 2, 3}] == "")

	var counts [4]int64
	var wide [3]uint32
	p := &counts[2]
	*p = 40
	atomic.AddInt64(&counts[2], 2)
	atomic.AddUint32(&wide[1], math.MaxUint32)
	atomic.AddUint32(&wide[1], 3)
	atomic.StoreInt64(&counts[0], -9)
	ok := atomic.CompareAndSwapInt64(&counts[3], 0, 7)
	fmt.Println(counts, wide, ok, atomic.LoadInt64(&counts[2]), atomic.LoadUint32(&wide[1]))

	s := []int{5, 2, 8, 1, 9, 3}
	t := s[1:4]
	sort.Ints(t)
	fmt.Println(s, t)
	fs := []float64{2.5, -1, math.Inf(1), 0}
	sort.Float64s(fs)
	fmt.Println(fs)

	a := [4]int16{1, 2, 3, 4}
	b := a
	b[0] = -1
	copy(a[1:], a[:])
	fmt.Println(a, b, a == b)
	g := append(s[:2], 100, 200)
	fmt.Println(s, g, len(g), cap(g) == cap(s))
	var total float32
	for _, v := range f32 {
		total += v
	}
	fmt.Println(total)
	type T struct {
		N    int
		Hist [3]uint16
	}
	x := T{1, [3]uint16{1, 2, 65535}}
	y := x
	y.Hist[2]++
	fmt.Printf("%v %+v %d %x\n", x, y, x.Hist, y.Hist)
}

// Output:
// [-32768 32767 -2] [0 1] [-2147483648 -2147483648 -7] [4294967295 1] [9223372036854775807 9223372036854775807] [18446744073709551615] [-1 2 -3] [18446744073709551615] [42]
// [0.1 +Inf -2.5] true 0.10000000149011612 [0.1 -Inf NaN] false
// [104 101 108 108 111 44 32 19990 30028] hello, 世界 9
// false true
// 2 6 2
// a true
// [-9 0 42 7] [0 2 0] true 42 2
// [5 1 2 8 9 3] [1 2 8]
// [-1 0 2.5 +Inf]
// [1 1 2 3] [-1 2 3 4] false
// [5 1 100 200 9 3] [5 1 100 200] 4 true
// +Inf
// {1 [1 2 65535]} {N:1 Hist:[1 2 0]} [1 2 65535] [1 2 0]
