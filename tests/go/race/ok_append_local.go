// Each goroutine appends to its own slice: no race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make([][]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []int
			for k := range 5 {
				mine = append(mine, i*k)
			}
			dst := make([]int, len(mine))
			copy(dst, mine)
			out[i] = dst
		}()
	}
	wg.Wait()
	fmt.Println(len(out[0]), len(out[3]), out[3][4])
}

// Flags: --race
// Output:
// 5 5 12
