// Pointers to variables of non-aggregate types: &[]T{...} and &map[K]V{...}
// (also elided in a composite literal) make a new variable, and a method
// value of a pointer method on a slice, map or integer variable binds the
// variable's address (local or global), so that appends through it are seen
// by the variable.
package main

import "fmt"

type S []int

func (s *S) Add(x int) { *s = append(*s, x) }

type M map[string]int

func (m *M) Put(k string) { (*m)[k] = len(*m) }

type N int

func (n *N) Inc() { *n++ }

var gs S
var gn N

func main() {
	s := []int{7}
	p := &s
	*p = append(*p, 5)
	q := &[]int{1}
	*q = append(*q, 2)
	mp := &map[string]int{"a": 1}
	(*mp)["b"] = 2
	fmt.Println(s, *q, len(*q), q, mp)
	var ns S
	add := ns.Add
	add(1)
	add(2)
	ns.Add(3)
	gadd := gs.Add
	gadd(4)
	gs.Add(5)
	fmt.Println(ns, len(ns), gs, len(gs))
	m := M{}
	put := m.Put
	put("x")
	put("y")
	var n N
	inc := n.Inc
	inc()
	inc()
	ginc := gn.Inc
	ginc()
	fmt.Println(m, n, gn)
	ps := []*[]int{{1, 2}, {3}}   // elided &[]int{...}
	*ps[0] = append(*ps[0], 9)
	pm := map[string]*map[string]int{"a": {"x": 1}}
	(*pm["a"])["y"] = 2
	fmt.Println(*ps[0], *ps[1], len(*ps[0]), *pm["a"])
}

// Output:
// [7 5] [1 2] 2 &[1 2] &map[a:1 b:2]
// [1 2 3] 3 [4 5] 2
// map[x:0 y:1] 2 1
// [1 2 9] [3] 3 map[x:1 y:2]
