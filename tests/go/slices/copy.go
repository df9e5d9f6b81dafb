package main

import "fmt"

func main() {
	src := []int{1, 2, 3}
	dst := make([]int, 2)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 5)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{0, 1, 2, 3, 4, 5}
	copy(s[2:], s)
	fmt.Println(s)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))
	clone := append([]int(nil), src...)
	clone[0] = 100
	fmt.Println(src, clone)
}

// Output:
// 2 [1 2]
// 3 [1 2 3 0 0]
// [0 1 0 1 2 3]
// 3 hel
// [1 2 3] [100 2 3]
