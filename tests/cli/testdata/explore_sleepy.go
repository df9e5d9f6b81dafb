// A sleep instead of waiting: right under a fair clock, wrong when the
// workers starve past it (the timing adversary of gorolab explore).
package main

import (
	"fmt"
	"time"
)

func worker(id int, out chan<- int) {
	time.Sleep(10 * time.Millisecond)
	out <- id
}

func main() {
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		go worker(i, results)
	}
	time.Sleep(time.Second) // instead of waiting for them
	fmt.Println(len(results))
}
