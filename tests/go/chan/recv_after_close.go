// Receiving from a closed channel: buffered values first, then the zero
// value at once with ok == false, as many times as asked.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	ch := make(chan int, 2)
	ch <- 7
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch, <-ch)

	ps := make(chan point)
	close(ps)
	p, ok := <-ps
	fmt.Println(p, ok)

	errs := make(chan error)
	close(errs)
	err, ok := <-errs
	fmt.Println(err, ok)

	strs := make(chan *string)
	go close(strs)
	s, ok := <-strs
	fmt.Println(s == nil, ok)
}

// Output:
// 7 true
// 0 false
// 0 0
// {0 0} false
// <nil> false
// true false
