// select has no priorities; a nested select with default checks the urgent
// channel first.
package main

import "fmt"

func main() {
	urgent := make(chan string, 5)
	normal := make(chan string, 5)
	for i := 0; i < 3; i++ {
		normal <- fmt.Sprint("normal ", i)
		urgent <- fmt.Sprint("urgent ", i)
	}
	for i := 0; i < 6; i++ {
		select {
		case m := <-urgent:
			fmt.Println(m)
			continue
		default:
		}
		select {
		case m := <-urgent:
			fmt.Println(m)
		case m := <-normal:
			fmt.Println(m)
		}
	}
}

// Output:
// urgent 0
// urgent 1
// urgent 2
// normal 0
// normal 1
// normal 2
