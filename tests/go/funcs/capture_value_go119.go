// capture_value.go under Go 1.19's rules, where a loop's variables are
// shared by its iterations (the output is go1.19's).
package main

import (
	"errors"
	"fmt"
)

type counter int

func (c *counter) inc() { *c++ }

func named() (r int) {
	defer func() { fmt.Println("deferred sees", r) }()
	return 5
}

func namedSet() (r int, err error) {
	defer func() {
		if err != nil {
			r = -1
		}
	}()
	return 3, errors.New("x")
}

func get(i int) (int, error) { return i * 10, nil }

func main() {
	a := 1
	fa := func() int { return a }
	a = 2
	fmt.Println("assigned after capture:", fa())

	b := 1
	fb := func() { b++ }
	fb()
	fb()
	fmt.Println("assigned inside closure:", b)

	c := 1
	p := &c
	fc := func() int { return c }
	*p = 3
	fmt.Println("through a pointer:", fc())

	var k counter
	fk := func() counter { return k }
	k.inc()
	fmt.Println("pointer method:", fk())

	d := 1
	fd := func() int { return d }
	d += 4
	fmt.Println("op-assign:", fd())

	e, err := get(1)
	fe := func() (int, error) { return e, err }
	e2, err := get(2)
	_, gotErr := fe()
	fmt.Println("redeclared by :=", e, e2, gotErr == err)

	f := 0
	ff := func() int { return f }
	for f = range []int{1, 2, 3} {
	}
	fmt.Println("range assign:", ff())

	g := 0
	fg := func() int { return g }
	ch := make(chan int, 1)
	ch <- 9
	select {
	case g = <-ch:
	}
	fmt.Println("select assign:", fg())

	h := 7
	fh := func() int { return h }
	fmt.Println("never assigned:", fh())

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{10, 20} {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	fmt.Println(named())
	fmt.Println(namedSet())

	m := 1
	outer := func() func() int {
		return func() int { return m }
	}
	fm := outer()
	m = 4
	fmt.Println("nested:", fm())

	n := 1
	fn := func() func() int {
		n = 8
		return func() int { return n }
	}
	fmt.Println("assigned by a closure, read by another:", fn()(), n)
}

// Flags: --go 1.19
// Output:
// assigned after capture: 2
// assigned inside closure: 3
// through a pointer: 3
// pointer method: 1
// op-assign: 5
// redeclared by := 10 20 true
// range assign: 2
// select assign: 9
// never assigned: 7
// 3 3 3 20 20 
// deferred sees 5
// 5
// -1 x
// nested: 4
// assigned by a closure, read by another: 8 8
