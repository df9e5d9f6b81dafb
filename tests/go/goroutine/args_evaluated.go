// The function value and the arguments of a go statement are evaluated in
// the calling goroutine, at the go statement, not when the goroutine runs.
package main

import "fmt"

func show(label string, x int, out chan<- string) {
	out <- fmt.Sprint(label, " ", x)
}

func next(n *int) int {
	*n++
	fmt.Println("evaluating argument", *n)
	return *n
}

func main() {
	out := make(chan string)
	x := 1
	start := make(chan bool)
	go func(v int) {
		<-start
		out <- fmt.Sprint("param ", v, " captured ", x)
	}(x)
	x = 2
	close(start)
	fmt.Println(<-out)

	n := 0
	go show("got", next(&n), out)
	fmt.Println("after go statement, n =", n)
	fmt.Println(<-out)

	f := func(s string, out chan<- string) { out <- "first " + s }
	go f("func", out)
	f = func(s string, out chan<- string) { out <- "second " + s }
	fmt.Println(<-out)
}

// Output:
// param 1 captured 2
// evaluating argument 1
// after go statement, n = 1
// got 1
// first func
