// Go 1.22: range over an int, one goroutine per index, results put in place.
package main

import (
	"fmt"
	"sync"
)

func main() {
	squares := make([]int, 6)
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(squares)
}

// Output:
// [0 1 4 9 16 25]
