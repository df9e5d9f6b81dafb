package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{3, 4, 5}
	a = append(a, b...)
	fmt.Println(a)
	a = append(a[:1], a[3:]...)
	fmt.Println(a)
	bs := append([]byte("hi "), "there"...)
	fmt.Println(string(bs))
	var names []string
	names = append(names, "x", "y")
	fmt.Println(names, len(names))
	// insert at index 1
	s := []int{1, 3, 4}
	s = append(s[:1], append([]int{2}, s[1:]...)...)
	fmt.Println(s)
}

// Output:
// [1 2 3 4 5]
// [1 4 5]
// hi there
// [x y] 2
// [1 2 3 4]
