package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:4:5]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s)
	t = append(t, 200)
	t[0] = -2
	fmt.Println(s, t)
	u := s[:0:0]
	fmt.Println(len(u), cap(u))
	arr := [5]int{1, 2, 3, 4, 5}
	v := arr[1:2:3]
	fmt.Println(v, len(v), cap(v))
}

// Output:
// [2 3] 2 3
// [0 1 2 3 100 5 6 7]
// [0 1 2 3 100 5 6 7] [-2 3 100 200]
// 0 0
// [2] 1 2
