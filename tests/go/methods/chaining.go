package main

import "fmt"

type Builder struct {
	parts []string
}

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *Builder) String() string {
	out := ""
	for i, p := range b.parts {
		if i > 0 {
			out += " "
		}
		out += p
	}
	return out
}

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(f float64) Vec { return Vec{v.X * f, v.Y * f} }

func main() {
	b := &Builder{}
	b.Add("a").Add("b").Add("c")
	fmt.Println(b.String(), len(b.parts))
	fmt.Println(b)
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(0.5)
	fmt.Println(v)
}

// Output:
// a b c 3
// a b c
// {2 3}
