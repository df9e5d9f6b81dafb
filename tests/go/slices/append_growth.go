package main

import "fmt"

func main() {
	var s []int
	var caps []int
	for i := 0; i < 20; i++ {
		s = append(s, i)
		caps = append(caps, cap(s))
	}
	fmt.Println(caps)
	t := make([]int, 5)
	t = append(t, 1)
	fmt.Println(len(t), cap(t))
	u := []int{1, 2, 3, 4, 5}
	u = append(u, 6, 7, 8, 9, 10, 11, 12)
	fmt.Println(len(u), cap(u))
	var big []int
	for i := 0; i < 2000; i++ {
		big = append(big, i)
	}
	fmt.Println(len(big), cap(big))
}

// Output:
// [1 2 4 4 8 8 8 8 16 16 16 16 16 16 16 16 32 32 32 32]
// 6 10
// 12 12
// 2000 2560
