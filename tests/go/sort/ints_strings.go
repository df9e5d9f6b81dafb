package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{5, 2, 8, -1, 3, 2}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	ss := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(ss)
	fmt.Println(ss)
	fs := []float64{2.5, -1, 3.25}
	sort.Float64s(fs)
	fmt.Println(fs)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	idx := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, sort.SearchInts([]int{1, 3, 5, 7}, 4))
}

// Output:
// [-1 2 2 3 5 8] true
// [Apple apple banana pear]
// [-1 2.5 3.25]
// [8 5 3 2 2 -1]
// 2 2
