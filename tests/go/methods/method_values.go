package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int)   { a.total += n }
func (a Acc) Show() string { return fmt.Sprint("total=", a.total) }

func main() {
	a := &Acc{}
	add := a.Add
	add(5)
	add(7)
	fmt.Println(a.total)
	show := a.Show // receiver copied now
	a.Add(100)
	fmt.Println(show(), a.Show())
	f := (*Acc).Add
	f(a, 1)
	g := Acc.Show
	fmt.Println(g(*a))
	fns := []func(int){a.Add, a.Add}
	for _, fn := range fns {
		fn(10)
	}
	fmt.Println(a.total)
}

// Output:
// 12
// total=12 total=112
// total=113
// 133
