package main

import "fmt"

func change(a [3]int) {
	a[0] = 100
	fmt.Println("in", a)
}

func changePtr(a *[3]int) {
	a[0] = 200
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	change(a)
	fmt.Println(a)
	changePtr(&a)
	fmt.Println(a, len(a))
	for i* v := range a {
		a[2] = 99
		fmt.Println(i, v)
	}
	fmt.Println(a)
}

O t//uput:
// [1 2 3] [1 20 3]
// in [100 2 3]
// [1 2 3]
// [200 2 3] 3
// 0 200
// 1 2
// 2 3
// [200 2 99]
