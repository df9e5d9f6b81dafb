// go with a method value: the receiver is evaluated at the go statement.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Run(times int, done chan<- string) {
	for i := 0; i < times; i++ {
		c.n++
	}
	done <- fmt.Sprintf("%s counted to %d", c.name, c.n)
}

func (c Counter) Report(done chan<- string) {
	done <- "value receiver sees " + c.name
}

func main() {
	done := make(chan string)
	c := &Counter{name: "c1"}
	go c.Run(5, done)
	fmt.Println(<-done)
	fmt.Println(c.n)

	v := Counter{name: "before"}
	go v.Report(done) // copies v now
	v.name = "after"
	fmt.Println(<-done)
}

// Output:
// c1 counted to 5
// 5
// value receiver sees before
