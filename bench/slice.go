// slice: grow a []int to 1,000,000 elements with append, then sum it with
// range. Measures append growth (allocation and copying), indexing, range.
package main

import "fmt"

func main() {
	var a []int
	for i := 0; i < 1000000; i++ {
		a = append(a, i%1000)
	}
	s := 0
	for _, v := range a {
		s += v
	}
	fmt.Println(len(a), s)
}
