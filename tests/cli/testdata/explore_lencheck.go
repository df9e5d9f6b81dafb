// Check-then-act on a channel's length: both goroutines may see room before
// either sends, and then one of them waits forever for a place.
package main

import (
	"fmt"
	"sync"
)

func main() {
	slots := make(chan int, 1)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if len(slots) < cap(slots) { // room: take it
				slots <- i
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("taken:", len(slots))
}
