package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Counter struct{ n int }

func bump(c *Counter) { c.n++ }

func main() {
	c := Counter{}
	bump(&c)
	bump(&c)
	fmt.Println(c.n)
	p := &Counter{n: 10}
	p.n++
	(*p).n++
	fmt.Println(p.n, *p)
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	var list *Node
	for i := 3; i > 0; i-- {
		list = &Node{i, list}
	}
	for n := list; n != nil; n = n.Next {
		fmt.Print(" ", n.Val)
	}
	fmt.Println()
	q := p
	q.n = 0
	fmt.Println(p.n, p == q)
	x := 5
	ptr := &x
	*ptr = 6
	fmt.Println(x)
	np := new(int)
	*np += 3
	fmt.Println(*np)
}

// Output:
// 2
// 12 {12}
// &{12}
// &{12} &{n:12}
//  1 2 3
// 0 true
// 6
// 3
