// A channel of capacity 1: main's second send completes only after the
// printer's receive (the k-th receive before the (k+cap)-th send).
package main

import "fmt"

func main() {
	sem := make(chan int, 1)
	sem <- 1
	go func() {
		fmt.Println("printer")
		<-sem
	}()
	sem <- 2
	fmt.Println("main")
}
