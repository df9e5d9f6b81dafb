package main

import "fmt"

func main() {
	var n int64 = 3
	var b byte = 2
	var u uint = 4
	s := make([]int, n, 5)
	t := make([]string, b, u)
	c := make(chan int, b)
	m := make(map[int]int, n)
	fmt.Println(len(s), cap(s), len(t), cap(t), cap(c), len(m))
	defer func() { fmt.Println(recover()) }()
	n = -1
	_ = make([]int, n)
}

// make's sizes may have any integer type (Go's test/fixedbugs/bug272.go,
// issue37975.go).

// Output:
// 3 5 2 4 2 0
// runtime error: makeslice: len out of range
