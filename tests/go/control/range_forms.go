package main

import (
	"fmt"
	"sort"
)

func main() {
	for i, v := range []string{"a", "b"} {
		fmt.Println(i, v)
	}
	arr := [3]int{10, 20, 30}
	sum := 0
	for _, v := range arr {
		sum += v
	}
	fmt.Println(sum)
	for i := range arr {
		arr[i] *= 2
	}
	fmt.Println(arr)
	for i, c := range "hé!" {
		fmt.Println(i, string(c))
	}
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	var ks []string
	for k, v := range m {
		ks = append(ks, fmt.Sprint(k, "=", v))
	}
	sort.Strings(ks)
	fmt.Println(ks)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4) // range uses the original slice
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	p := &arr
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
}

// Output:
// 0 a
// 1 b
// 60
// [20 40 60]
// 0 h
// 1 é
// 3 !
// [one=1 three=3 two=2]
// 1 2 3 4
// 012
