// A channel of capacity 1 emptied by a select: main's second send completes
// only after the printer's receive (the k-th receive before the (k+cap)-th
// send), whether the printer or main waits first.
package main

import "fmt"

func main() {
	sem := make(chan int, 1)
	sem <- 1
	go func() {
		fmt.Println("printer")
		select {
		case <-sem:
		}
	}()
	select {
	case sem <- 2:
	}
	fmt.Println("main")
}
