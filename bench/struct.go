// struct: 10,000,000 iterations calling two pointer-receiver methods on a
// struct. Measures method calls, field loads and stores through a pointer.
package main

import "fmt"

type Point struct {
	X, Y int
}

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func (p *Point) Dist() int {
	return p.X + p.Y
}

func main() {
	p := &Point{}
	s := 0
	for i := 0; i < 10000000; i++ {
		p.Move(i&1, i&3)
		s += p.Dist() & 15
	}
	fmt.Println(p.X, p.Y, s)
}
