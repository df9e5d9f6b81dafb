package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type P struct{ Name string }

func (p *P) String() string { return "P(" + p.Name + ")" }

func main() {
	fmt.Println(Red, Green, Color(7))
	fmt.Printf("%v %s %d\n", Green, Green, Green)
	fmt.Println([]Color{Green, Red})
	p := P{"x"}
	fmt.Println(&p)
	fmt.Println(p)
	s := fmt.Sprint(Red)
	fmt.Println(s + "!")
	m := map[Color]int{Green: 2, Red: 1}
	fmt.Println(m)
}

// Output:
// Red Green Color(7)
// Green Green 1
// [Green Red]
// P(x)
// {x}
// Red!
// map[Red:1 Green:2]
