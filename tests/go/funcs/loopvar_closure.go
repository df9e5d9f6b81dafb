package main

import "fmt"

// Go 1.22 semantics: each iteration of a for loop has its own copy of the
// loop variable, so every closure sees the value of its own iteration
// (Go 1.21 and earlier print 3 3 3 and 3 3 3).
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	fmt.Println(gs[0](), gs[1](), gs[2]())
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	// mutating the variable inside the body still affects the next iteration
	for i := 0; i < 6; i++ {
		fmt.Print(" ", i)
		i++
	}
	fmt.Println()
}

// Output:
// 0 1 2
// a b c
// 0 1 2
//  0 2 4
