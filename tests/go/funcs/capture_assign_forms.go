// Assignments of every form after a closure captured the variable: the
// closure sees them (the variable is shared, not captured by value).
package main

import "fmt"

func param(x int, y int) (func() int, func() int) {
	fx := func() int { return x }
	fy := func() int { return y }
	x++
	return fx, fy
}

func main() {
	px, py := param(1, 2)
	fmt.Println(px(), py())
	m := map[string]int{"a": 1}
	ch := make(chan int, 1)
	var i interface{} = 5
	v1, ok1 := 0, false
	f1 := func() (int, bool) { return v1, ok1 }
	v1, ok1 = m["a"]
	fmt.Println(f1())
	ch <- 3
	v2, ok2 := 0, false
	f2 := func() (int, bool) { return v2, ok2 }
	v2, ok2 = <-ch
	fmt.Println(f2())
	v3, ok3 := 0, false
	f3 := func() (int, bool) { return v3, ok3 }
	v3, ok3 = i.(int)
	fmt.Println(f3())
	a, b := 1, 2
	f4 := func() (int, bool) { return a, b == 1 }
	a, b = b, a
	fmt.Println(f4())
	s := []int{1}
	f5 := func() int { return len(s) }
	s = append(s, 2, 3)
	fmt.Println(f5())
	var e error
	f6 := func() error { return e }
	_, e = fmt.Println("x")
	fmt.Println(f6() != nil)
	n := 0
	f7 := func() int { return n }
	set := func(p *int) { *p = 42 }
	set(&n)
	fmt.Println(f7())
	type T struct{ x int }
	t := T{1}
	f8 := func() int { return t.x }
	t.x = 9
	fmt.Println(f8())
	var arr [2]int
	f9 := func() int { return arr[1] }
	arr[1] = 4
	fmt.Println(f9())
	k := 1
	func() { k = 2 }()
	fmt.Println(k)
	q := 5
	g := func() func() int { return func() int { return q } }()
	q--
	fmt.Println(g())
	switch z := i.(type) {
	case int:
		fz := func() int { return z }
		fmt.Println(fz())
	}
	for j := 0; j < 2; j++ {
		w := j * 10
		defer func() { fmt.Println("defer", w) }()
	}
}

// Output:
// 2 2
// 1 true
// 3 true
// 5 true
// 2 true
// 3
// x
// false
// 42
// 9
// 4
// 2
// 4
// 5
// defer 10
// defer 0
