package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	for _, target := range []int{0, 5, 6, 11, 12} {
		i := sort.Search(len(xs), func(i int) bool { return xs[i] >= target })
		found := i < len(xs) && xs[i] == target
		fmt.Println(target, i, found)
	}
	// first square >= 50
	n := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(n)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
}

// Output:
// 0 0 false
// 5 2 true
// 6 3 false
// 11 5 true
// 12 6 false
// 8
// 2
