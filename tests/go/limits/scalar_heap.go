// Every scalar width counts its Go size against the heap limit: 4 MiB of
// each kind of element (32 MiB in all) fits in a 40 MiB heap,
// where 16-byte cells would need 224 MiB.
package main

import "fmt"

func main() {
	const n = 4 << 20
	b := make([]bool, n)
	i8 := make([]int8, n)
	i16 := make([]int16, n/2)
	u32 := make([]uint32, n/4)
	f32 := make([]float32, n/4)
	i64 := make([]int, n/8)
	f64 := make([]float64, n/8)
	var arr [n / 4]rune
	b[n-1], i8[n-1], i16[n/2-1], u32[0], f32[1], i64[2], f64[3], arr[4] = true, -1, -2, 3, 4.5, 6, 7.5, 'x'
	fmt.Println(b[n-1], i8[n-1], i16[n/2-1], u32[0], f32[1], i64[2], f64[3], string(arr[4]))
}

// Flags: --max-heap 40
// Output:
// true -1 -2 3 4.5 6 7.5 x
