// A plain break inside select leaves only the select; a labelled break
// leaves the enclosing for loop.
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i
		}
		quit <- true
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-data:
			if v == 2 {
				break // only the select
			}
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum without 2:", sum)
}

// Output:
// sum without 2: 4
