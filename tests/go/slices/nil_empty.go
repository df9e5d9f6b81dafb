package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b))
	fmt.Println(a, b, c)
	fmt.Printf("%v %d %q\n", a, b, []string(nil))
	a = append(a, 1)
	fmt.Println(a, a == nil)
	for range a[:0] {
		fmt.Println("never")
	}
	var s []string
	for i, v := range s {
		fmt.Println(i, v)
	}
	fmt.Println(len(s[0:0]))
}

// Output:
// true false false
// 0 0 0
// [] [] []
// [] [] []
// [1] false
// 0
