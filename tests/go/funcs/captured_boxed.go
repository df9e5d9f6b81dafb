// Captured variables read and written from closures in one instruction each
// (GETUPL, SETUPL; GETUPW for a captured struct's address), and method
// receivers taken from them without a MOVE: a counter shared by closures,
// closures of closures, a captured variable redefined in a loop, value and
// pointer methods on a captured struct, a captured array.
package main

import "fmt"

type P struct{ X, Y int }

func (p *P) Move(d int) { p.X += d; p.Y -= d }
func (p P) Sum() int    { return p.X + p.Y }

func counter() (func(int) int, func() int) {
	c := 0
	return func(d int) int { c += d; return c }, func() int { return c }
}

func main() {
	add, get := counter()
	for i := 0; i < 5; i++ {
		add(i)
	}
	fmt.Println(get(), add(10))

	n := 1
	outer := func() func() int {
		return func() int { n *= 3; return n } // an upvalue of an upvalue
	}
	f := outer()
	f()
	fmt.Println(f(), n)

	var fs []func() int
	x := 0
	for i := 0; i < 4; i++ {
		x = x*10 + i // redefined in the loop, read by every closure
		fs = append(fs, func() int { x++; return x })
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println(x)

	p := P{1, 2}
	var arr [3]int
	move := func(d int) int {
		p.Move(d) // pointer method on a captured struct
		arr[d%3] += d
		return p.Sum() // value method: a copy
	}
	fmt.Println(move(4), move(5), p, arr)

	s, t := "a", 0
	grow := func() {
		s += s
		t = len(s) &^ 1
	}
	for i := 0; i < 3; i++ {
		grow()
	}
	fmt.Println(s, t)
}

// Output:
// 10 20
// 9 9
// 124 125 126 127 127
// 3 3 {10 -7} [0 4 5]
// aaaaaaaa 8
