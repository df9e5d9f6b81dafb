package main

import "fmt"

type Counter struct {
	n int
}

func (c Counter) Get() int  { return c.n }
func (c Counter) IncValue() { c.n++ }
func (c *Counter) Inc()     { c.n++ }

func main() {
	var c Counter
	c.IncValue()
	fmt.Println(c.Get())
	c.Inc() // (&c).Inc()
	c.Inc()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	cs := []Counter{{}, {}}
	cs[1].Inc()
	fmt.Println(cs)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
}

// Output:
// 0
// 2
// 3 3
// [{0} {1}]
// 1
