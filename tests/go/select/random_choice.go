// When several cases are ready, select picks one uniformly at random: over
// 1000 rounds both cases win, each about half of the time.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	countA, countB := 0, 0
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			countA++
			<-b
		case <-b:
			countB++
			<-a
		}
	}
	fmt.Println(countA > 300, countB > 300, countA+countB)
}

// Output:
// true true 1000
