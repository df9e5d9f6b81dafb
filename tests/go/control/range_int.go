package main

import "fmt"

// Go 1.22 semantics: range over an integer n yields 0..n-1.
func main() {
	for i := range 3 {
		fmt.Println("i =", i)
	}
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	var u8 uint8 = 2
	for j := range u8 {
		fmt.Printf("%T %d\n", j, j)
	}
	total := 0
	for i := range 10 {
		if i%2 == 1 {
			continue
		}
		total += i
	}
	fmt.Println(total)
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
}

// Output:
// i = 0
// i = 1
// i = 2
// 5
// uint8 0
// uint8 1
// 20
// 0 1 4
