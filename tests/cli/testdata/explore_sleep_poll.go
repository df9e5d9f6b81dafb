// main polls a flag between sleeps, twice, then gives up waiting and reads
// the workers' results anyway: the workers never tell main they are done.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var done atomic.Int32
	results := make([]int, 3)
	for w := 0; w < 3; w++ {
		go func(w int) {
			for i := 0; i < 3; i++ {
				results[w] += w + 1
			}
			done.Add(1)
		}(w)
	}
	for try := 0; try < 2 && done.Load() < 3; try++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(results[0] + results[1] + results[2])
}
