package main

type T struct{ n int }

func (t *T) M() int { return t.n }

type P *T

func main() {
	var q P = &T{}
	_ = q.M() // ERROR "q.M undefined \(type P has no field or method M\)"
}
