// x op= y and x++ evaluate the index and map key expressions once (a bug
// found by a lesson: count[<-replies]++ received twice).
package main

import "fmt"

var calls int

func key() string {
	calls++
	fmt.Println("key called")
	return "a"
}

type P struct{ n int }

func main() {
	m := map[string]int{}
	m[key()]++
	m[key()] += 5
	s := []int{1, 2, 3}
	i := 0
	next := func() int { i++; return i - 1 }
	s[next()] *= 10
	s[next()]++
	p := &P{}
	p.n += 3
	(*p).n++
	arr := [2]int{}
	arr[1] -= 4
	fmt.Println(m, calls, s, i, p.n, arr)
}

// Output:
// key called
// key called
// map[a:6] 2 [10 3 3] 2 4 [0 -4]
