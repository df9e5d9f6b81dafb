package main

import "fmt"

type Counter int

func (c *Counter) Inc() { *c++ }

var total int
var hits Counter
var names = []string{"a"}

func add(p *int, n int) { *p += n }

func main() {
	add(&total, 5)
	add(&total, 2)
	p := &total
	*p *= 10
	hits.Inc()
	hits.Inc()
	q := &names
	*q = append(*q, "b")
	fmt.Println(total, hits, names, *p == total)
}

// Output:
// 70 2 [a b] true
